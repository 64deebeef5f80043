<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>Banner</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/reading_view.py" line="77" />
      <source>The file has %n error(s) since your last change; you are still reading the last version that loaded.</source>
      <translation>
        <numerusform>The file has %n error since your last change; you are still reading the last version that loaded.</numerusform>
        <numerusform>The file has %n errors since your last change; you are still reading the last version that loaded.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/main_window.py" line="261" />
      <source>%n article(s)</source>
      <translation>
        <numerusform>%n article</numerusform>
        <numerusform>%n articles</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/main_window.py" line="262" />
      <source>%n file(s) with errors</source>
      <translation>
        <numerusform>%n file with errors</numerusform>
        <numerusform>%n files with errors</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
      <location filename="../../quizapp/gui/problems_panel.py" line="111" />
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n error</numerusform>
        <numerusform>%n errors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/problems_panel.py" line="113" />
      <source>%n warning(s)</source>
      <translation>
        <numerusform>%n warning</numerusform>
        <numerusform>%n warnings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../quizapp/gui/problems_panel.py" line="115" />
      <source>%n file(s) not loaded</source>
      <translation>
        <numerusform>%n file not loaded</numerusform>
        <numerusform>%n files not loaded</numerusform>
      </translation>
    </message>
  </context>
</TS>