<#
Builds Rune's Windows installer with jpackage, on Windows (the JavaFX natives inside target\rune.jar are the build
system's own). The same steps as packaging/build.sh for Linux and macOS:

  powershell -ExecutionPolicy Bypass -File packaging\build.ps1 msi         target\dist\Rune-VERSION.msi (needs WiX 3)
  powershell -ExecutionPolicy Bypass -File packaging\build.ps1 app-image   target\dist\Rune\ (Rune.exe, rune-cli.exe)

-SkipMaven uses target\rune.jar as it is instead of running `mvn package` first.
#>
param(
    [Parameter(Mandatory = $true)]
    [ValidateSet('app-image', 'msi')]
    [string] $Type,
    [switch] $SkipMaven
)
$ErrorActionPreference = 'Stop'
Set-Location (Split-Path -Parent $PSScriptRoot)

# The JDK's tools: JAVA_HOME's when it is set, else the ones on the PATH.
function Find-Tool([string] $Name) {
    if ($env:JAVA_HOME) {
        $candidate = Join-Path $env:JAVA_HOME "bin\$Name.exe"
        if (Test-Path $candidate) { return $candidate }
    }
    $command = Get-Command $Name -ErrorAction SilentlyContinue
    if (-not $command) {
        throw "$Name comes with a JDK 17 or newer: set JAVA_HOME or put its bin folder on the PATH"
    }
    return $command.Source
}

function Invoke-Tool([string] $Exe, [string[]] $Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe failed with exit code $LASTEXITCODE" }
}

$jdeps = Find-Tool 'jdeps'
$jlink = Find-Tool 'jlink'
$jpackage = Find-Tool 'jpackage'

if (-not $SkipMaven) {
    Invoke-Tool 'mvn' @('-B', '-q', '-DskipTests', 'package')
}
$jar = 'target\rune.jar'
$props = 'target\classes\app\rune\version.properties'
if (-not (Test-Path $jar) -or -not (Test-Path $props)) {
    throw "$jar is missing: run mvn -DskipTests package first"
}

# The version from the pom, as Maven wrote it into the build; jpackage takes numbers only (0.1.0-SNAPSHOT -> 0.1.0).
$fullVersion = ((Get-Content $props | Where-Object { $_ -match '^version=' }) -replace '^version=', '').Trim()
$appVersion = if ($env:RUNE_APP_VERSION) { $env:RUNE_APP_VERSION } else { $fullVersion -replace '-.*$', '' }

$work = 'target\packaging'
$dist = 'target\dist'
New-Item -ItemType Directory -Force -Path $work, $dist | Out-Null

$name = 'Rune'
$common = @(
    '--name', $name, '--app-version', $appVersion, '--vendor', 'Rune',
    '--description', 'A desktop goal coach: refine a goal, agree on small daily tasks, keep at them.',
    '--copyright', 'Copyright the Rune authors. Apache License 2.0.',
    # The JVM's own warnings go to standard error: standard output carries data (rune-cli export).
    '--java-options', '-Xlog:all=off', '--java-options', '-Xlog:all=warning:stderr',
    # The same memory and start-up choices as on Linux (see build.sh): serial collector, a small first heap and
    # young generation, the quick compiler only, a heap kept with less free room.
    '--java-options', '-XX:+UseSerialGC', '--java-options', '-Xms32m', '--java-options', '-Xmn16m',
    '--java-options', '-XX:TieredStopAtLevel=1',
    '--java-options', '-XX:MinHeapFreeRatio=20', '--java-options', '-XX:MaxHeapFreeRatio=40',
    '--icon', 'packaging\rune.ico',
    # Rune.exe has no console, so a second launcher for the command line: rune-cli --version, rune-cli export ...
    '--add-launcher', 'rune-cli=packaging\windows\rune-cli.properties'
)

# 1. A runtime with only the modules Rune uses. JavaFX is not among them: it is inside rune.jar, on the class path.
#    jdeps finds what the classes name; the ones below are also needed where it cannot see (reflection, natives).
#    Java 17 only uses an archive of Rune's own classes at the path where it was made, and an installer puts the
#    app elsewhere, so the runtime keeps the JDK's default class-data sharing archive instead.
$runtime = Join-Path $work 'runtime'
$inputDir = Join-Path $work 'input'
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $runtime, $inputDir
$found = (& $jdeps --print-module-deps --ignore-missing-deps --multi-release 17 $jar)
if ($LASTEXITCODE -ne 0) { throw "jdeps failed with exit code $LASTEXITCODE" }
$modules = (((($found | Out-String).Trim()) -split ',') + @('java.desktop', 'java.logging', 'jdk.unsupported') | Sort-Object -Unique) -join ','
Write-Host "jlink: $modules"
Invoke-Tool $jlink @('--add-modules', $modules, '--strip-debug', '--no-header-files', '--no-man-pages',
    '--compress=2', '--generate-cds-archive', '--output', $runtime)
# Only for heaps over 32 GB, where the JVM then runs without one.
Remove-Item -Force -ErrorAction SilentlyContinue (Join-Path $runtime 'bin\server\classes_nocoops.jsa')

New-Item -ItemType Directory -Force -Path $inputDir | Out-Null
Copy-Item $jar (Join-Path $inputDir 'rune.jar')
$app = @('--input', $inputDir, '--main-jar', 'rune.jar', '--main-class', 'app.rune.Launcher', '--runtime-image', $runtime)

if ($Type -eq 'app-image') {
    Remove-Item -Recurse -Force -ErrorAction SilentlyContinue (Join-Path $dist $name)
    Invoke-Tool $jpackage (@('--type', 'app-image', '--dest', $dist) + $common + $app)
    $launcher = Join-Path $dist "$name\rune-cli.exe"
    $first = (& $launcher --version | Select-Object -First 1)
    if ($first -ne "Rune $fullVersion") { throw "$launcher --version printed '$first', not 'Rune $fullVersion'" }
    Write-Host "$launcher --version: $first"
    Write-Host "app image: $(Join-Path $dist $name)"
} else {
    # WiX 3 (candle.exe, light.exe) must be on the PATH. The upgrade code stays the same from version to version,
    # so that installing a newer Rune replaces the older one.
    Remove-Item -Force -ErrorAction SilentlyContinue (Join-Path $dist "$name-$appVersion.msi")
    Invoke-Tool $jpackage (@('--type', 'msi', '--dest', $dist) + $common + $app + @(
        '--license-file', 'LICENSE',
        '--win-menu', '--win-menu-group', 'Rune', '--win-shortcut', '--win-shortcut-prompt', '--win-dir-chooser',
        '--win-upgrade-uuid', '80f1ff3f-5340-4369-b274-88d35a10fdfd'))
    Get-Item (Join-Path $dist "$name-$appVersion.msi")
}
