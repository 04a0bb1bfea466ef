; Latvian for the SkillsApp installer: Inno Setup ships no Latvian; messages not given here
; fall back to English. The shortcut names are in skillsapp.iss ([CustomMessages]).
[LangOptions]
LanguageName=Latvie<0161>u
LanguageID=$0426
LanguageCodePage=0
