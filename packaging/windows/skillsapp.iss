; Inno Setup 6 script: one setup file that installs SkillsApp for every account of the PC
; (Program Files), with a Start-menu entry and a desktop shortcut named in the PC's language, and
; one data folder for every Windows account (%PROGRAMDATA%\SkillsApp, through the "shared-data"
; file placed next to skillsapp.exe; see skillsapp/storage/location.py). Nothing is downloaded
; during the install.
;
; `make package-windows` (packaging/build_windows.py) builds the program and compiles this; by
; hand on Windows, from the repository, after packaging\build.py:
;   iscc /DAppVersion=0.1.0 packaging\windows\skillsapp.iss
; which writes dist\SkillsApp-Setup-0.1.0.exe.
;
; For IT staff (packaging/README.md):
;   SkillsApp-Setup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/NOICONS] [/LOG=file]
;   "C:\Program Files\SkillsApp\unins000.exe" /VERYSILENT [/DELETEDATA]
; An install over a newer version is refused (exit code 1) with a message naming both versions.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z skillsapp.iss
#endif
; The one-folder program to pack (relative to the repository, or absolute).
#ifndef BundleDir
  #define BundleDir "dist\skillsapp"
#endif

[Setup]
; The AppId ties upgrades to earlier installs; never change it.
AppId={{5D7A9C1E-2B64-4E8F-A3C0-7F19B2E6D481}
AppName=SkillsApp
AppVersion={#AppVersion}
AppVerName=SkillsApp {#AppVersion}
AppPublisher=SkillsApp project
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\SkillsApp
DefaultGroupName=SkillsApp
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=SkillsApp-Setup-{#AppVersion}
SetupIconFile=assets\skillsapp.ico
UninstallDisplayIcon={app}\skillsapp.exe
UninstallDisplayName=SkillsApp {#AppVersion}
; Close a running SkillsApp before files are replaced (the data is not in {app}).
CloseApplications=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The wizard in the PC's display language when it is one of the ten below, without asking.
LanguageDetectionMethod=uilanguage
ShowLanguageDialog=auto
; Signing (packaging\README.md): define a sign tool named "signtool" in the Inno Setup IDE or
; pass /Ssigntool="..." to iscc, then uncomment:
; SignTool=signtool

[Languages]
; The app's ten languages. Inno Setup has no Latvian or Romanian; their files here name the
; language only, so the wizard's own texts are English there (the shortcuts are translated).
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "cs"; MessagesFile: "compiler:Languages\Czech.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "pl"; MessagesFile: "compiler:Languages\Polish.isl"
Name: "pt"; MessagesFile: "compiler:Languages\Portuguese.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "hu"; MessagesFile: "compiler:Languages\Hungarian.isl"
Name: "lv"; MessagesFile: "packaging\windows\languages\Latvian.isl"
Name: "ro"; MessagesFile: "packaging\windows\languages\Romanian.isl"

[CustomMessages]
; The shortcuts' name in the Start menu and on the desktop.
en.ShortcutName=SkillsApp – Digital skills
de.ShortcutName=SkillsApp – Digitale Kompetenzen
cs.ShortcutName=SkillsApp – Digitální dovednosti
es.ShortcutName=SkillsApp – Competencias digitales
pl.ShortcutName=SkillsApp – Umiejętności cyfrowe
pt.ShortcutName=SkillsApp – Competências digitais
it.ShortcutName=SkillsApp – Competenze digitali
hu.ShortcutName=SkillsApp – Digitális készségek
lv.ShortcutName=SkillsApp – Digitālās prasmes
ro.ShortcutName=SkillsApp – Competențe digitale
; %1: the installed version, %2: this setup's version.
en.NewerInstalled=SkillsApp %1 is already installed, which is newer than this setup (%2). Nothing was changed. To go back to an older version, uninstall SkillsApp first; the centre's records are kept.
de.NewerInstalled=SkillsApp %1 ist bereits installiert und neuer als dieses Setup (%2). Es wurde nichts geändert. Um zu einer älteren Version zurückzukehren, deinstallieren Sie SkillsApp zuerst; die Daten des Zentrums bleiben erhalten.
cs.NewerInstalled=SkillsApp %1 je již nainstalována a je novější než tento instalátor (%2). Nic nebylo změněno. Chcete-li se vrátit ke starší verzi, nejprve SkillsApp odinstalujte; záznamy centra zůstanou zachovány.
es.NewerInstalled=Ya está instalada SkillsApp %1, más reciente que este instalador (%2). No se ha cambiado nada. Para volver a una versión anterior, desinstale primero SkillsApp; los registros del centro se conservan.
pl.NewerInstalled=SkillsApp %1 jest już zainstalowana i jest nowsza niż ten instalator (%2). Nic nie zostało zmienione. Aby wrócić do starszej wersji, najpierw odinstaluj SkillsApp; dane centrum zostaną zachowane.
pt.NewerInstalled=O SkillsApp %1 já está instalado e é mais recente do que este instalador (%2). Nada foi alterado. Para voltar a uma versão anterior, desinstale primeiro o SkillsApp; os registos do centro são mantidos.
it.NewerInstalled=SkillsApp %1 è già installata ed è più recente di questo programma di installazione (%2). Non è stato modificato nulla. Per tornare a una versione precedente, disinstallare prima SkillsApp; i dati del centro vengono conservati.
hu.NewerInstalled=A SkillsApp %1 már telepítve van, és újabb ennél a telepítőnél (%2). Semmi sem változott. Régebbi verzióhoz való visszatéréshez először távolítsa el a SkillsAppot; a központ adatai megmaradnak.
lv.NewerInstalled=SkillsApp %1 jau ir instalēta, un tā ir jaunāka par šo instalētāju (%2). Nekas netika mainīts. Lai atgrieztos pie vecākas versijas, vispirms atinstalējiet SkillsApp; centra dati tiek saglabāti.
ro.NewerInstalled=SkillsApp %1 este deja instalată și este mai nouă decât acest program de instalare (%2). Nu s-a schimbat nimic. Pentru a reveni la o versiune mai veche, dezinstalați mai întâi SkillsApp; datele centrului se păstrează.
en.DeleteData=Also delete the centre's records (every learner's progress, in %1)? Choose No to keep them for a later install.
de.DeleteData=Auch die Daten des Zentrums löschen (den Fortschritt aller Lernenden, in %1)? Wählen Sie Nein, um sie für eine spätere Installation zu behalten.
cs.DeleteData=Smazat také záznamy centra (pokrok všech studujících, v %1)? Zvolte Ne, chcete-li je ponechat pro pozdější instalaci.
es.DeleteData=¿Borrar también los registros del centro (el progreso de cada alumno, en %1)? Elija No para conservarlos para una instalación posterior.
pl.DeleteData=Usunąć także dane centrum (postępy wszystkich uczestników, w %1)? Wybierz Nie, aby zachować je na potrzeby późniejszej instalacji.
pt.DeleteData=Apagar também os registos do centro (o progresso de cada formando, em %1)? Escolha Não para os manter para uma instalação posterior.
it.DeleteData=Eliminare anche i dati del centro (i progressi di ogni partecipante, in %1)? Scegliere No per conservarli per un'installazione successiva.
hu.DeleteData=A központ adatait is törli (minden tanuló előrehaladását, itt: %1)? A Nem gombbal megtarthatja őket egy későbbi telepítéshez.
lv.DeleteData=Dzēst arī centra datus (katra dalībnieka progresu, mapē %1)? Izvēlieties “Nē”, lai tos saglabātu vēlākai instalēšanai.
ro.DeleteData=Ștergeți și datele centrului (progresul fiecărui cursant, în %1)? Alegeți Nu pentru a le păstra pentru o instalare ulterioară.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Dirs]
; Every account of the PC (residents' and trainers' logins) reads and writes the same records;
; the uninstaller leaves them (see [Code]).
Name: "{commonappdata}\SkillsApp"; Permissions: users-modify; Flags: uninsneveruninstall

[InstallDelete]
; An upgrade replaces the program folder's contents whole; files of the old version must not
; linger. The records are in {commonappdata}\SkillsApp and are not touched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "packaging\windows\shared-data"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{commonprograms}\{cm:ShortcutName}"; Filename: "{app}\skillsapp.exe"
Name: "{commondesktop}\{cm:ShortcutName}"; Filename: "{app}\skillsapp.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\skillsapp.exe"; Description: "{cm:LaunchProgram,SkillsApp}"; \
  Flags: nowait postinstall skipifsilent runasoriginaluser

[Code]
const
  UninstallKey = 'Software\Microsoft\Windows\CurrentVersion\Uninstall\{5D7A9C1E-2B64-4E8F-A3C0-7F19B2E6D481}_is1';

{ The next dot-separated number of Version (from Start), 0 when there is none. }
function NextPart(const Version: String; var Start: Integer): Integer;
var
  Digits: String;
begin
  Digits := '';
  while (Start <= Length(Version)) and (Version[Start] >= '0') and (Version[Start] <= '9') do
  begin
    Digits := Digits + Version[Start];
    Start := Start + 1;
  end;
  while (Start <= Length(Version)) and ((Version[Start] < '0') or (Version[Start] > '9')) do
    Start := Start + 1;
  Result := StrToIntDef(Digits, 0);
end;

{ Below zero when A is older than B, zero when equal, above zero when newer. }
function CompareVersions(const A, B: String): Integer;
var
  I, J, Step: Integer;
begin
  I := 1;
  J := 1;
  Result := 0;
  for Step := 1 to 4 do
    if Result = 0 then
      Result := NextPart(A, I) - NextPart(B, J);
end;

function InitializeSetup(): Boolean;
var
  Installed: String;
begin
  Result := True;
  if RegQueryStringValue(HKLM64, UninstallKey, 'DisplayVersion', Installed) and
     (CompareVersions(Installed, '{#AppVersion}') > 0) then
  begin
    Log('Refused: SkillsApp ' + Installed + ' is installed, this setup is {#AppVersion}.');
    SuppressibleMsgBox(FmtMessage(CustomMessage('NewerInstalled'), [Installed, '{#AppVersion}']),
      mbError, MB_OK, IDOK);
    Result := False;
  end;
end;

function AskedToDeleteData(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/DELETEDATA') = 0 then
      Result := True;
end;

{ Uninstalling removes the program only: the records in %PROGRAMDATA%\SkillsApp are the
  centre's learning history. They go only when asked: /DELETEDATA, or Yes to the question
  (default No) in an interactive uninstall. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Data: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  Data := ExpandConstant('{commonappdata}\SkillsApp');
  if not DirExists(Data) then
    exit;
  if AskedToDeleteData() or ((not UninstallSilent()) and
     (MsgBox(FmtMessage(CustomMessage('DeleteData'), [Data]), mbConfirmation,
      MB_YESNO or MB_DEFBUTTON2) = IDYES)) then
    DelTree(Data, True, True, True);
end;
