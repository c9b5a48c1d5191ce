<#
.SYNOPSIS
Make the portable ZIP of Kassatsiya from the PyInstaller one-folder build.

.DESCRIPTION
Copies the bundle into a folder named Kassatsiya-<version>-portable, adds portable.txt and an
empty data\ folder (either one makes the app keep its settings, recovery copies and logs in
data\ beside the program, see assistant/paths.py), and zips that folder. Unzip it anywhere,
for example onto a USB stick, and start Kassatsiya.exe: nothing is written to the computer's
user profile and no administrator rights are needed.

.EXAMPLE
pwsh packaging\windows\make-portable.ps1 -Source dist\kassatsiya -Version 0.1.0 -OutDir dist
#>
param(
    [Parameter(Mandatory = $true)][string]$Source,
    [Parameter(Mandatory = $true)][string]$Version,
    [string]$OutDir = "dist"
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

if (-not (Test-Path (Join-Path $Source "Kassatsiya.exe"))) {
    throw "No Kassatsiya.exe in '$Source': build with PyInstaller first."
}
$name = "Kassatsiya-$Version-portable"
$staging = Join-Path ([System.IO.Path]::GetTempPath()) ([System.IO.Path]::GetRandomFileName())
$folder = Join-Path $staging $name
New-Item -ItemType Directory -Path $folder | Out-Null
try {
    Copy-Item -Path (Join-Path $Source "*") -Destination $folder -Recurse
    $note = @(
        "Kassatsiya portable copy.",
        "While this file is here, the program keeps its settings, recovery copies and logs in the",
        "'data' folder beside it, and writes nothing to this computer's user profile.",
        "Carry the whole folder; delete this file and the data folder to use the normal",
        "per-user folders instead."
    )
    # UTF-8 without BOM and CRLF, readable in Notepad.
    [System.IO.File]::WriteAllLines((Join-Path $folder "portable.txt"), $note)
    New-Item -ItemType Directory -Path (Join-Path $folder "data") | Out-Null

    New-Item -ItemType Directory -Path $OutDir -Force | Out-Null
    $zip = Join-Path (Resolve-Path $OutDir) "$name.zip"
    if (Test-Path $zip) { Remove-Item $zip }
    # ZipFile rather than Compress-Archive, which leaves out empty folders such as data\.
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    [System.IO.Compression.ZipFile]::CreateFromDirectory(
        $folder, $zip, [System.IO.Compression.CompressionLevel]::Optimal, $true)
    $mb = [math]::Round((Get-Item $zip).Length / 1MB, 1)
    Write-Output "portable ZIP: $zip ($mb MB)"
}
finally {
    Remove-Item -Recurse -Force $staging
}
