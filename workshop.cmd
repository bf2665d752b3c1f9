@echo off
rem The workshop command for Windows. It does what ./workshop does (see the comments there):
rem builds the kit on first use, then runs the CLI, which rebuilds the kit itself when the kit changed.
setlocal
set "ROOT=%~dp0"
set "ROOT=%ROOT:~0,-1%"
set "STAMP=%ROOT%\kit\cli\target\launcher-classpath.txt"
set "LOG=%ROOT%\.workshop\logs\build-kit.log"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"

rem UTF-8 output, so the check marks print as marks; the code page is put back at the end.
for /f "tokens=2 delims=:." %%p in ('chcp') do set "CODE_PAGE=%%p"
chcp 65001 >nul

set "STATUS=0"
if not exist "%STAMP%" call :build
if not "%STATUS%"=="0" goto end
call :run %*

:end
chcp %CODE_PAGE% >nul
exit /b %STATUS%

:build
if not exist "%ROOT%\.workshop\logs" mkdir "%ROOT%\.workshop\logs"
echo Building the workshop kit... 1>&2
pushd "%ROOT%"
call mvnw.cmd -q -B install -DskipTests -pl kit/support,kit/cli -am > "%LOG%" 2>&1
set "STATUS=%ERRORLEVEL%"
popd
if not "%STATUS%"=="0" (
  del /q "%STAMP%" 2>nul
  echo workshop: building the kit failed, see .workshop\logs\build-kit.log 1>&2
  set "STATUS=1"
)
exit /b

rem The classpath goes through CLASSPATH: it is longer than "set /p" reads.
:run
for /f "usebackq delims=" %%c in ("%STAMP%") do set "CLASSPATH=%ROOT%\kit\cli\target\classes;%%c"
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "-Dworkshop.kitStamp=%STAMP%" -Dworkshop.root="%ROOT%" workshop.cli.Workshop %*
set "STATUS=%ERRORLEVEL%"
exit /b
