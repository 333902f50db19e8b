# Starts Minewatch from this installation (called by minewatch.cmd).
#   minewatch.cmd [application arguments]   e.g.  minewatch.cmd -nl en
#   minewatch.cmd --which-java               prints the Java it would use and exits
#   minewatch.cmd --print-command            prints the command it would run and exits
#   minewatch.cmd admin <command> ...         the administration commands (minewatch.cmd admin help lists them)
# Settings (environment): MINEWATCH_JAVA (a java.exe), MINEWATCH_DATA (this person's data area,
# default %LOCALAPPDATA%\Minewatch), MINEWATCH_VMARGS (extra JVM arguments).
$ErrorActionPreference = 'Stop'
$RequiredJava = 21
$InstallDir = $PSScriptRoot

function Get-JavaMajor([string] $java) {
    # java -version writes to stderr; Windows PowerShell 5 turns that into an error under 'Stop'
    $ErrorActionPreference = 'Continue'
    try { $line = (& $java -version 2>&1 | Select-String -Pattern 'version "([^"]+)"' | Select-Object -First 1) } catch { return $null }
    if (-not $line) { return $null }
    $version = $line.Matches[0].Groups[1].Value
    if ($version.StartsWith('1.')) { $version = $version.Substring(2) }
    return [int]($version -split '[.+-]')[0]
}

function Get-JavaCandidates {
    if ($env:MINEWATCH_JAVA) { $env:MINEWATCH_JAVA }
    if ($env:JAVA_HOME) { Join-Path $env:JAVA_HOME 'bin\java.exe' }
    $onPath = Get-Command java.exe -ErrorAction SilentlyContinue
    if ($onPath) { $onPath.Source }
    foreach ($root in @($env:ProgramFiles, ${env:ProgramFiles(x86)}, $env:LOCALAPPDATA)) {
        if (-not $root) { continue }
        foreach ($vendor in 'Eclipse Adoptium', 'Java', 'Microsoft', 'Zulu', 'Amazon Corretto', 'BellSoft', 'Programs\Eclipse Adoptium') {
            Get-ChildItem -Path (Join-Path $root $vendor) -Directory -ErrorAction SilentlyContinue |
                Sort-Object Name -Descending | ForEach-Object { Join-Path $_.FullName 'bin\java.exe' }
        }
    }
}

function Find-Java {
    $seen = @()
    foreach ($candidate in Get-JavaCandidates) {
        if (-not (Test-Path $candidate)) { continue }
        $major = Get-JavaMajor $candidate
        if ($major -and $major -ge $RequiredJava) { return $candidate }
        $seen += "  $candidate (Java $major)"
    }
    $message = "Minewatch needs Java $RequiredJava or newer, and none was found."
    if ($seen) { $message += "`nFound, but too old:`n" + ($seen -join "`n") }
    $message += "`nInstall one, for example Eclipse Temurin $RequiredJava (JRE or JDK, Windows x64 .msi), then start Minewatch again, or set JAVA_HOME or MINEWATCH_JAVA to it."
    [Console]::Error.WriteLine($message)
    exit 1
}

# After a p2 update two launcher jars can sit side by side in plugins\: take the one the
# installation's configuration lists, and the newest jar only if no configuration lists one.
function Find-Launcher {
    $info = Join-Path $InstallDir 'configuration\org.eclipse.equinox.simpleconfigurator\bundles.info'
    if (Test-Path $info) {
        $line = Get-Content $info | Where-Object { $_ -like 'org.eclipse.equinox.launcher,*' } | Select-Object -First 1
        if ($line) {
            $path = Join-Path $InstallDir (($line -split ',')[2] -replace '/', '\')
            if (Test-Path $path) { return $path }
        }
    }
    $jar = Get-ChildItem (Join-Path $InstallDir 'plugins\org.eclipse.equinox.launcher_*.jar') -ErrorAction SilentlyContinue |
        Sort-Object { [version](($_.BaseName -split '_')[1] -replace '\.v.*$', '') } | Select-Object -Last 1
    if (-not $jar) {
        [Console]::Error.WriteLine("Minewatch installation at $InstallDir is incomplete: no plugins\org.eclipse.equinox.launcher_*.jar.")
        exit 1
    }
    return $jar.FullName
}

$java = Find-Java
if ($args.Count -gt 0 -and $args[0] -eq '--which-java') { Write-Output $java; exit 0 }
$launcher = Find-Launcher

$dataDir = if ($env:MINEWATCH_DATA) { $env:MINEWATCH_DATA } else { Join-Path $env:LOCALAPPDATA 'Minewatch' }
New-Item -ItemType Directory -Force -Path $dataDir | Out-Null
$appArgs = @($args | Where-Object { $_ -ne '--print-command' })
$admin = $appArgs.Count -gt 0 -and $appArgs[0] -eq 'admin'
$dataArgs = if ($appArgs -contains '-data') { @() } elseif ($admin) { @('-data', (Join-Path $dataDir 'admin')) } else { @('-data', (Join-Path $dataDir 'workspace')) }
if ($admin) {
    # headless, in the console: the commands print what they did
    $appArgs = @('-application', 'org.minewatch.admin.commands', '-nosplash') + @($appArgs | Select-Object -Skip 1)
}
$vmArgs = @("-Dosgi.requiredJavaVersion=$RequiredJava", "-Dderby.stream.error.file=$(Join-Path $dataDir 'derby.log')")
if ($env:MINEWATCH_VMARGS) { $vmArgs += ($env:MINEWATCH_VMARGS -split '\s+' | Where-Object { $_ }) }
$command = @($vmArgs) + @('-jar', $launcher) + $dataArgs + $appArgs
if ($args -contains '--print-command') { Write-Output $java; $command | Write-Output; exit 0 }

if ($admin) {
    & $java @command
    exit $LASTEXITCODE
}

# javaw.exe: no console window stays open behind the suite
$javaw = Join-Path (Split-Path $java) 'javaw.exe'
$runner = if (Test-Path $javaw) { $javaw } else { $java }
Start-Process -FilePath $runner -ArgumentList ($command | ForEach-Object { '"' + ($_ -replace '"', '\"') + '"' })
exit 0
