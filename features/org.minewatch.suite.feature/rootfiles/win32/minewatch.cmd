@echo off
rem Starts Minewatch from this installation: minewatch.cmd [application arguments], e.g. minewatch.cmd -nl en
rem The work is done by minewatch.ps1 beside this file (Java 21+ lookup, data area, launcher choice).
powershell.exe -NoProfile -ExecutionPolicy Bypass -File "%~dp0minewatch.ps1" %*
exit /b %ERRORLEVEL%
