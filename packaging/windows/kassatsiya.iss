; Inno Setup 6 script: a per-user Kassatsiya installer that needs no administrator rights.
;
; Compile after the PyInstaller build (the workflow .github/workflows/windows-build.yml does):
;   ISCC.exe /DAppVersion=0.1.0 /DBundleDir=<repo>\dist\kassatsiya /DOutputDir=<repo>\dist ^
;            packaging\windows\kassatsiya.iss
; AppVersion must be assistant.__version__ (the workflow reads it from there: one place).
; FileVersion is its four numbers (assistant.build_info.windows_file_version: "0.2.0rc1" →
; "0.2.0.0"), because VersionInfoVersion refuses a pre-release suffix; without it, AppVersion
; is used, which works for a plain release number only.
; SignTool, when given, signs the installer and the uninstaller with the named sign tool, which
; ISCC must define with /S<name>=<command>; the workflow does both when a certificate is set.
;
; Directive references (Inno Setup help, jrsoftware.org/ishelp):
;   PrivilegesRequired=lowest: "will not request to be run with administrative privileges ... and
;     will always run in non administrative install mode" (topic_setup_privilegesrequired).
;   {autopf} is {userpf} = {localappdata}\Programs in non administrative install mode, and
;     {autoprograms} the user's Start menu (topic_consts, "Auto constants").
;   Root: HKA "equals HKLM in administrative install mode, HKCU otherwise"; file types go under
;     HKA\Software\Classes rather than HKCR (topic_registrysection).
;   ChangesAssociations=yes makes Explorer refresh file-type icons at the end of (un)installation
;     (topic_setup_changesassociations).
;   ArchitecturesAllowed / ArchitecturesInstallIn64BitMode=x64compatible: the bundle is x64
;     (topic_archidentifiers).

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=<assistant.__version__>
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\kassatsiya"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef FileVersion
  #define FileVersion AppVersion
#endif

#define AppName "Kassatsiya"
#define AppExe "Kassatsiya.exe"
#define CaseExt ".kassatsiya"
#define CaseProgId "Kassatsiya.Case"

[Setup]
; AppId identifies the product for upgrades and the uninstaller: never change it.
AppId={{DAF74E81-F366-40FB-865D-CA33A0104D7B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Kassatsiya contributors
VersionInfoVersion={#FileVersion}
VersionInfoProductTextVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
; An IT administrator may still install for all users with /ALLUSERS on the command line;
; nobody else is asked (no dialog), so a clinic user never meets a UAC prompt.
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 and later only.
MinVersion=10.0
ChangesAssociations=yes
SetupIconFile=..\icons\kassatsiya.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename=kassatsiya-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The program may be open during an upgrade: offer to close it rather than fail on locked files.
CloseApplications=yes
; The GPL-3.0 licence page of the wizard.
LicenseFile=..\..\LICENSE
#ifdef SignTool
; Signed installer and uninstaller (topic_setup_signtool, topic_setup_signeduninstaller).
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
; Inno Setup ships English and Russian; it has no official Kazakh translation (only an
; unofficial, user-contributed one), so Kazakh-speaking users get the Russian wizard.
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: libraries left over from an older version could be
; picked up by the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The one-folder bundle as built. portable.txt and data\ belong to the portable ZIP only: an
; installed copy keeps its settings in the user's profile, never in the program folder.
; (Excludes: a pattern starting with "\" matches only at the top of the source folder.)
Source: "{#BundleDir}\*"; DestDir: "{app}"; Excludes: "\portable.txt,\data"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The .kassatsiya file type, registered for this user only (HKCU\Software\Classes in this mode),
; with the app's icon, opening with Kassatsiya.exe "<file>". Removed by the uninstaller.
; The extension's keys may hold other programs' entries too, so only our values go, and then the
; keys themselves once they are empty (uninsdeletekeyifempty).
Root: HKA; Subkey: "Software\Classes\{#CaseExt}"; ValueType: string; ValueName: ""; ValueData: "{#CaseProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\{#CaseExt}\OpenWithProgids"; ValueType: string; ValueName: "{#CaseProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\{#CaseProgId}"; ValueType: string; ValueName: ""; ValueData: "Kassatsiya case"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#CaseProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#CaseProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#CaseExt}"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[CustomMessages]
en.DeleteRecovery=Kassatsiya keeps copies of unsaved work (autosaves) in%n%n%1%n%nThey are not encrypted unless the case was protected with a passphrase. Delete them now?%n%nYour saved case files are not touched either way.
ru.DeleteRecovery=Kassatsiya хранит копии несохраненной работы (автосохранения) в папке%n%n%1%n%nОни не зашифрованы, если дело не было защищено парольной фразой. Удалить их сейчас?%n%nСохраненные файлы дел не затрагиваются в любом случае.

[Code]
// The autosaves of unsaved work (assistant/paths.py: the per-user data folder). The program
// folder goes with the uninstaller; this folder is the user's, so the user decides. A silent
// uninstall (/SUPPRESSMSGBOXES) takes the default answer, No: nothing of the user's is deleted
// unasked. Settings and logs (no case content) stay, as they always did.
function RecoveryFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\kassatsiya\recovery');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    Folder := RecoveryFolder();
    if DirExists(Folder) then
      if SuppressibleMsgBox(FmtMessage(CustomMessage('DeleteRecovery'), [Folder]),
          mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
        DelTree(Folder, True, True, True);
  end;
end;
