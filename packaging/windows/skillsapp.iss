; Inno Setup 6 script: a per-machine SkillsApp install with a Start-menu entry, and one data
; folder for every Windows account of the PC (%PROGRAMDATA%\SkillsApp, through the
; "shared-data" file placed next to skillsapp.exe; see skillsapp/storage/location.py).
;
; Build the bundle first (dist\skillsapp, see packaging\README.md), then, from the repository:
;   iscc /DAppVersion=0.1.0 packaging\windows\skillsapp.iss
; which writes dist\skillsapp-0.1.0-windows-x86_64-setup.exe.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z skillsapp.iss
#endif

[Setup]
; The AppId ties upgrades to earlier installs; never change it.
AppId={{5D7A9C1E-2B64-4E8F-A3C0-7F19B2E6D481}
AppName=SkillsApp
AppVersion={#AppVersion}
AppPublisher=SkillsApp project
DefaultDirName={autopf}\SkillsApp
DefaultGroupName=SkillsApp
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=skillsapp-{#AppVersion}-windows-x86_64-setup
SetupIconFile=assets\skillsapp.ico
UninstallDisplayIcon={app}\skillsapp.exe
UninstallDisplayName=SkillsApp
; Close a running SkillsApp before files are replaced (the data is not in {app}).
CloseApplications=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Signing (packaging\README.md): define a sign tool named "signtool" in the Inno Setup IDE or
; pass /Ssigntool="..." to iscc, then uncomment:
; SignTool=signtool

[Languages]
; Inno Setup ships these; Latvian, Hungarian and Romanian are unofficial translations
; (jrsoftware.org/files/istrans/) that can be added to Languages\ and listed here.
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "cs"; MessagesFile: "compiler:Languages\Czech.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "pl"; MessagesFile: "compiler:Languages\Polish.isl"
Name: "pt"; MessagesFile: "compiler:Languages\Portuguese.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Dirs]
; Every account of the PC (residents' and trainers' logins) reads and writes the same records.
Name: "{commonappdata}\SkillsApp"; Permissions: users-modify

[InstallDelete]
; An upgrade replaces the program folder's contents whole; files of the old version must not
; linger. The records are in {commonappdata}\SkillsApp and are not touched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "dist\skillsapp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "packaging\windows\shared-data"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{commonprograms}\SkillsApp"; Filename: "{app}\skillsapp.exe"
Name: "{commondesktop}\SkillsApp"; Filename: "{app}\skillsapp.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\skillsapp.exe"; Description: "{cm:LaunchProgram,SkillsApp}"; \
  Flags: nowait postinstall skipifsilent runasoriginaluser

; Uninstalling removes the program only; the records stay in %PROGRAMDATA%\SkillsApp until a
; trainer deletes them (they are the centre's learning history).
