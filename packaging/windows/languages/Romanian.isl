; Romanian for the SkillsApp installer: Inno Setup ships no Romanian; messages not given here
; fall back to English. The shortcut names are in skillsapp.iss ([CustomMessages]).
[LangOptions]
LanguageName=Rom<00E2>n<0103>
LanguageID=$0418
LanguageCodePage=0
