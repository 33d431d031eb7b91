<#
.SYNOPSIS
  Registers (or removes) the Second Thought companion as a scheduled task for
  the current user: it starts at logon, hidden, and restarts after a crash.

.DESCRIPTION
  Run it as the user who will use the browser extension (a logon script, Intune
  "run this script using the logged on credentials", or by hand). It needs no
  administrator rights. It does not install Python or Second Thought itself:
  install those first (see deploy/windows/README.md).

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File install-companion.ps1 -Python "C:\Program Files\SecondThought\venv\Scripts\pythonw.exe" -Config "C:\ProgramData\SecondThought\config.toml"
.EXAMPLE
  powershell -ExecutionPolicy Bypass -File install-companion.ps1 -Uninstall
#>
[CmdletBinding()]
param(
  # pythonw.exe of the environment Second Thought is installed in (no console window).
  [string]$Python = "C:\Program Files\SecondThought\venv\Scripts\pythonw.exe",
  # Configuration file (port, pack, allowed extension ids, limits). Optional.
  [string]$Config = "",
  # Override the port or the default pack without a configuration file.
  [int]$Port = 0,
  [string]$Pack = "",
  [switch]$Uninstall
)
$ErrorActionPreference = "Stop"
$TaskName = "Second Thought companion"

if ($Uninstall) {
  if (Get-ScheduledTask -TaskName $TaskName -ErrorAction SilentlyContinue) {
    Stop-ScheduledTask -TaskName $TaskName -ErrorAction SilentlyContinue
    Unregister-ScheduledTask -TaskName $TaskName -Confirm:$false
    Write-Host "Removed the task '$TaskName'. The settings in $env:APPDATA\second-thought are kept."
  } else {
    Write-Host "No task '$TaskName' for this user: nothing to remove."
  }
  exit 0
}

if (-not (Test-Path $Python)) { throw "Not found: $Python. Install Second Thought first, or pass -Python." }
$arguments = @("-m", "second_thought")
if ($Config) {
  if (-not (Test-Path $Config)) { throw "Not found: $Config" }
  $arguments += @("--config", "`"$Config`"")
}
$arguments += "serve"
if ($Port -gt 0) { $arguments += @("--port", "$Port") }
if ($Pack) { $arguments += @("--pack", $Pack) }

# OCR (Tesseract) uses one thread per check; several checks run side by side.
[Environment]::SetEnvironmentVariable("OMP_THREAD_LIMIT", "1", "User")
$env:OMP_THREAD_LIMIT = "1"

$action = New-ScheduledTaskAction -Execute $Python -Argument ($arguments -join " ")
$trigger = New-ScheduledTaskTrigger -AtLogOn -User "$env:USERDOMAIN\$env:USERNAME"
$settings = New-ScheduledTaskSettingsSet -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries `
  -ExecutionTimeLimit ([TimeSpan]::Zero) -RestartCount 5 -RestartInterval (New-TimeSpan -Minutes 1) `
  -MultipleInstances IgnoreNew -StartWhenAvailable
$principal = New-ScheduledTaskPrincipal -UserId "$env:USERDOMAIN\$env:USERNAME" -LogonType Interactive -RunLevel Limited
Register-ScheduledTask -TaskName $TaskName -Action $action -Trigger $trigger -Settings $settings `
  -Principal $principal -Description "Second Thought companion: checks social-media drafts on this computer only." -Force | Out-Null
Start-ScheduledTask -TaskName $TaskName

$port = if ($Port -gt 0) { $Port } else { 8765 }
Start-Sleep -Seconds 15
try {
  $health = Invoke-RestMethod -Uri "http://127.0.0.1:$port/v1/health" -TimeoutSec 5
  Write-Host "Installed and running: companion $($health.version), packs $($health.policies -join ', ')."
} catch {
  Write-Warning "Registered, but http://127.0.0.1:$port/v1/health does not answer yet (the first start loads the language model; try again in a minute). If it never answers, run: `"$Python`" -m second_thought serve  to see why."
}
