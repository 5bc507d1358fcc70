; Inno Setup script for Werkbank on Windows (Inno Setup 6).
; Build the folder first with PyInstaller on Windows (make dist / pyinstaller packaging\werkbank.spec),
; then: iscc packaging\windows\werkbank.iss
;
; Installing without questions (software distribution):
;   per machine: Werkbank-Setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS
;   per user:    Werkbank-Setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER
;   without the file association: add /TASKS="!dateizuordnung"
;   log for the IT department:    /LOG="C:\Temp\werkbank-setup.log"
; Uninstalling without questions: "{app}\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES
;
; Portable use (USB stick): copy the built folder and put an empty file
; werkbank-portabel.txt beside Werkbank.exe; data and settings then stay in the folder
; Werkbank-Daten beside it.

#define AppName "Werkbank"
#define AppVersion "0.1.0"
#define AppExe "Werkbank.exe"
#define BuildDir "..\..\dist\pyinstaller\Werkbank"

[Setup]
AppId={{6E3C9C1E-7B1D-4F4B-9B7E-0C2B5D8A4E11}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Werkbank-Team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
; Per-user or per-machine: the person installing chooses, or /ALLUSERS and /CURRENTUSER do.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
UsePreviousPrivileges=yes
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=Werkbank-Setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\werkbank.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ShowLanguageDialog=no

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopsymbol"; Description: "Symbol auf dem &Desktop anlegen"; GroupDescription: "Zusätzliche Symbole:"; Flags: unchecked
Name: "dateizuordnung"; Description: "Werkbank-Arbeitsmappen (*.werkbank) mit Werkbank öffnen"; GroupDescription: "Dateizuordnung:"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Maßnahmen planen, Workshops moderieren, Dokumente erstellen"
Name: "{group}\{#AppName} deinstallieren"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopsymbol

[Registry]
; HKA is HKLM for a per-machine and HKCU for a per-user installation.
Root: HKA; Subkey: "Software\Classes\.werkbank"; ValueType: string; ValueName: ""; ValueData: "Werkbank.Arbeitsmappe"; Flags: uninsdeletevalue; Tasks: dateizuordnung
Root: HKA; Subkey: "Software\Classes\Werkbank.Arbeitsmappe"; ValueType: string; ValueName: ""; ValueData: "Werkbank-Arbeitsmappe"; Flags: uninsdeletekey; Tasks: dateizuordnung
Root: HKA; Subkey: "Software\Classes\Werkbank.Arbeitsmappe\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: dateizuordnung
Root: HKA; Subkey: "Software\Classes\Werkbank.Arbeitsmappe\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: dateizuordnung

[Run]
Filename: "{app}\{#AppExe}"; Description: "Werkbank jetzt starten"; Flags: nowait postinstall skipifsilent

[Messages]
de.WelcomeLabel2=Dieser Assistent installiert [name/ver] auf Ihrem Computer.%n%nWerkbank arbeitet offline; Ihre Arbeitsmappen bleiben auf diesem Rechner oder in dem gemeinsamen Ordner, den Sie wählen.
