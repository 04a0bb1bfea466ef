<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AssessmentResultScreen</name>
    <message>
        <source>Courses that help you with the next step:</source>
        <translation>Diese Kurse helfen Ihnen beim nächsten Schritt:</translation>
    </message>
    <message>
        <source>Start the course %1</source>
        <translation>Den Kurs „%1“ beginnen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>You have not done a self-assessment yet.</source>
        <translation>Sie haben Ihre Fähigkeiten noch nicht eingeschätzt.</translation>
    </message>
    <message>
        <source>You are confident with %1.</source>
        <translation>Darin sind Sie schon sicher: %1.</translation>
    </message>
    <message>
        <source>You have made a start, and that is what counts.</source>
        <translation>Sie haben angefangen – und das zählt.</translation>
    </message>
    <message>
        <source>%1 is the next step.</source>
        <translation>Ihr nächster Schritt: %1.</translation>
    </message>
    <message>
        <source>You know more about %1 than you thought.</source>
        <translation>Beim Thema „%1“ wissen Sie mehr, als Sie dachten.</translation>
    </message>
    <message>
        <source>You can do more with %1 than you thought.</source>
        <translation>Beim Thema „%1“ können Sie mehr, als Sie dachten.</translation>
    </message>
    <message>
        <source>%1 is worth another look: a course can help you feel sure.</source>
        <translation>%1: Ein zweiter Blick lohnt sich – ein Kurs hilft Ihnen, sicher zu werden.</translation>
    </message>
    <message>
        <source>What you said of yourself, since last time:</source>
        <translation>Was Sie über sich gesagt haben, seit dem letzten Mal:</translation>
    </message>
    <message>
        <source>%1: %2 before, %3 now</source>
        <translation>%1: vorher %2, jetzt %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>Stufe %1</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign a course to %1</source>
        <translation>Kurs an %1 zuweisen</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Finish by a day</source>
        <translation>Bis zu einem Tag abschließen</translation>
    </message>
    <message>
        <source>Day to finish by</source>
        <translation>Abschließen bis</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
</context>
<context>
    <name>CertificateList</name>
    <message>
        <source>What was saved</source>
        <translation>Was gespeichert wurde</translation>
    </message>
    <message>
        <source>%1, finished on %2</source>
        <translation>%1, abgeschlossen am %2</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print the certificate: %1</source>
        <translation>Zertifikat drucken: %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save the certificate as PDF: %1</source>
        <translation>Zertifikat als PDF speichern: %1</translation>
    </message>
</context>
<context>
    <name>CertificatePaper</name>
    <message>
        <source>Certificate – %1 – %2</source>
        <translation>Zertifikat – %1 – %2</translation>
    </message>
    <message>
        <source>%1 %2: level %3 (%4)</source>
        <translation>%1 %2: Stufe %3 (%4)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>This certificate is awarded to</source>
        <translation>Dieses Zertifikat erhält</translation>
    </message>
    <message>
        <source>for completing the course</source>
        <translation>für den Abschluss des Kurses</translation>
    </message>
    <message>
        <source>Completed on %1</source>
        <translation>Abgeschlossen am %1</translation>
    </message>
    <message>
        <source>Digital competences trained (%1)</source>
        <translation>Geübte digitale Kompetenzen (%1)</translation>
    </message>
    <message>
        <source>The centre can check this code in SkillsApp: Reports, “Check a certificate”.</source>
        <translation>Die Einrichtung kann diesen Code in SkillsApp prüfen: Berichte, „Zertifikat prüfen“.</translation>
    </message>
    <message>
        <source>Check code: %1</source>
        <translation>Prüfcode: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Kursleitung</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <source>My certificates</source>
        <translation>Meine Zertifikate</translation>
    </message>
    <message>
        <source>When you finish a course, its certificate appears here.</source>
        <translation>Wenn Sie einen Kurs abschließen, finden Sie hier Ihr Zertifikat.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>ChoiceInput</name>
    <message>
        <source>True</source>
        <translation>Stimmt</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Stimmt nicht</translation>
    </message>
    <message>
        <source>Choose every right answer.</source>
        <translation>Wählen Sie alle richtigen Antworten aus.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 problem(s) and %2 warning(s) found.</source>
        <translation>%1 Problem(e) und %2 Warnung(en) gefunden.</translation>
    </message>
    <message>
        <source>%1 results were refused by the LRS; a trainer can see why in the app.</source>
        <translation>%1 Ergebnisse hat das LRS abgelehnt; in der App sieht eine Kursleitung, warum.</translation>
    </message>
    <message>
        <source>Centre key (from the centre&apos;s recovery sheet): </source>
        <translation>Zentrumsschlüssel (vom Notfallblatt des Zentrums): </translation>
    </message>
    <message>
        <source>Digital-skills training for community centres.</source>
        <translation>Digitale Grundbildung für Bürgerzentren.</translation>
    </message>
    <message>
        <source>Everything checked is fine.</source>
        <translation>Alles Geprüfte ist in Ordnung.</translation>
    </message>
    <message>
        <source>Imported the bundle of %1: %2 new of %3 results.</source>
        <translation>Das Paket von %1 ist eingelesen: %2 neue von %3 Ergebnissen.</translation>
    </message>
    <message>
        <source>Installed “%1” version %2.</source>
        <translation>„%1“ in Version %2 ist installiert.</translation>
    </message>
    <message>
        <source>No LRS is set for this centre: set it in the trainer settings, or set SKILLSAPP_LRS_URL, SKILLSAPP_LRS_KEY and SKILLSAPP_LRS_SECRET.</source>
        <translation>Für dieses Zentrum ist kein LRS eingestellt: Stellen Sie es in den Einstellungen der Kursleitung ein oder setzen Sie SKILLSAPP_LRS_URL, SKILLSAPP_LRS_KEY und SKILLSAPP_LRS_SECRET.</translation>
    </message>
    <message>
        <source>No centre key is set on this PC: learner profiles are not sent.</source>
        <translation>Auf diesem PC ist kein Zentrumsschlüssel hinterlegt: Profile der Lernenden werden nicht gesendet.</translation>
    </message>
    <message>
        <source>No problems; %1 warning(s) worth a look.</source>
        <translation>Keine Probleme; %1 Warnung(en), die einen Blick wert sind.</translation>
    </message>
    <message>
        <source>No usable backup was found; SkillsApp will start with empty records.</source>
        <translation>Es wurde keine brauchbare Sicherung gefunden; SkillsApp startet mit leeren Daten.</translation>
    </message>
    <message>
        <source>On a PC that has no centre yet, the centre key is asked for (or read from SKILLSAPP_CENTRE_KEY).</source>
        <translation>Auf einem PC, der noch zu keinem Zentrum gehört, wird nach dem Zentrumsschlüssel gefragt (oder er wird aus SKILLSAPP_CENTRE_KEY gelesen).</translation>
    </message>
    <message>
        <source>Reading the bundle: %1 of %2 results</source>
        <translation>Paket wird gelesen: %1 von %2 Ergebnissen</translation>
    </message>
    <message>
        <source>Receiving from the LRS: %1 results so far</source>
        <translation>Empfang vom LRS: bisher %1 Ergebnisse</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translation>Die Sicherung %1 ist wiederhergestellt.</translation>
    </message>
    <message>
        <source>Saved the certificate as PDF: %1</source>
        <translation>Zertifikat als PDF gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved the report as PDF: %1</source>
        <translation>Bericht als PDF gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved the table as CSV: %1</source>
        <translation>Tabelle als CSV gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved the table for other programs as CSV: %1</source>
        <translation>Tabelle für andere Programme als CSV gespeichert: %1</translation>
    </message>
    <message>
        <source>Saving the results and updating progress: step %1 of %2</source>
        <translation>Ergebnisse werden gespeichert und der Fortschritt aktualisiert: Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Sending to the LRS: %1 of %2 results</source>
        <translation>Senden an das LRS: %1 von %2 Ergebnissen</translation>
    </message>
    <message>
        <source>Sent %1, received %2.</source>
        <translation>%1 gesendet, %2 empfangen.</translation>
    </message>
    <message>
        <source>Sync is switched off in the trainer settings.</source>
        <translation>Die Synchronisierung ist in den Einstellungen der Kursleitung ausgeschaltet.</translation>
    </message>
    <message>
        <source>The bundle could not be written to %1: %2.</source>
        <translation>Das Paket konnte nicht nach %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>Die bisherige Datenbank wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>There are no records in %1 yet.</source>
        <translation>In %1 gibt es noch keine Daten.</translation>
    </message>
    <message>
        <source>There is no database in %1; nothing to restore.</source>
        <translation>In %1 gibt es keine Datenbank; es gibt nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>This PC has no centre yet. To join one, type the centre key from the recovery sheet when asked, or set SKILLSAPP_CENTRE_KEY.</source>
        <translation>Dieser PC gehört noch zu keinem Zentrum. Um beizutreten, geben Sie auf Nachfrage den Zentrumsschlüssel vom Notfallblatt ein oder setzen Sie SKILLSAPP_CENTRE_KEY.</translation>
    </message>
    <message>
        <source>This PC has no centre yet; there is nothing to export.</source>
        <translation>Dieser PC gehört noch zu keinem Zentrum; es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>This PC has not been set up for a centre yet.</source>
        <translation>Dieser PC ist noch für kein Zentrum eingerichtet.</translation>
    </message>
    <message>
        <source>This PC now belongs to %1.</source>
        <translation>Dieser PC gehört jetzt zu %1.</translation>
    </message>
    <message>
        <source>Updating the records after an update: %1 of %2</source>
        <translation>Die Daten werden nach einem Update aktualisiert: %1 von %2</translation>
    </message>
    <message>
        <source>Writing the bundle: %1 of %2 results</source>
        <translation>Paket wird geschrieben: %1 von %2 Ergebnissen</translation>
    </message>
    <message>
        <source>Wrote %1 results of %2 to %3.</source>
        <translation>%1 Ergebnisse von %2 nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>check course packs (folders or .zip), item banks and checklists</source>
        <translation>Kurspakete (Ordner oder .zip), Aussagenbanken und Checklisten prüfen</translation>
    </message>
    <message>
        <source>check or import course packs</source>
        <translation>Kurspakete prüfen oder einspielen</translation>
    </message>
    <message>
        <source>check, offscreen and in a temporary folder, that the app works</source>
        <translation>ohne Bildschirm und in einem vorübergehenden Ordner prüfen, ob die App funktioniert</translation>
    </message>
    <message>
        <source>export or import a sync bundle (USB)</source>
        <translation>ein Synchronisierungspaket exportieren oder einlesen (USB)</translation>
    </message>
    <message>
        <source>first day, e.g. 2026-01-01</source>
        <translation>erster Tag, z. B. 2026-01-01</translation>
    </message>
    <message>
        <source>install a course pack from a .zip</source>
        <translation>ein Kurspaket aus einer .zip-Datei installieren</translation>
    </message>
    <message>
        <source>last day, e.g. 2026-06-30</source>
        <translation>letzter Tag, z. B. 2026-06-30</translation>
    </message>
    <message>
        <source>merge a bundle FILE</source>
        <translation>ein Paket FILE einlesen</translation>
    </message>
    <message>
        <source>only results stored since this day (YYYY-MM-DD)</source>
        <translation>nur Ergebnisse, die seit diesem Tag gespeichert wurden (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>open the demo centre</source>
        <translation>das Demo-Zentrum öffnen</translation>
    </message>
    <message>
        <source>put a damaged database aside and restore the newest automatic backup</source>
        <translation>eine beschädigte Datenbank beiseitelegen und die neueste automatische Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>save the report as PDF here</source>
        <translation>den Bericht hier als PDF speichern</translation>
    </message>
    <message>
        <source>save the table as the screen shows it (in the report&apos;s language) as CSV</source>
        <translation>die Tabelle so als CSV speichern, wie der Bildschirm sie zeigt (in der Sprache des Berichts)</translation>
    </message>
    <message>
        <source>save the table for other programs (codes) as CSV here</source>
        <translation>die Tabelle für andere Programme (Codes) hier als CSV speichern</translation>
    </message>
    <message>
        <source>the report&apos;s language (default: the centre&apos;s; for a certificate, the learner&apos;s)</source>
        <translation>die Sprache des Berichts (Standard: die der Einrichtung; bei einem Zertifikat die der Person)</translation>
    </message>
    <message>
        <source>send and receive results with the centre&apos;s LRS once</source>
        <translation>einmal Ergebnisse mit dem LRS des Zentrums austauschen</translation>
    </message>
    <message>
        <source>show a report, or save it as CSV or PDF</source>
        <translation>einen Bericht zeigen oder als CSV oder PDF speichern</translation>
    </message>
    <message>
        <source>start, paint the first screen and exit (with --demo: create the demo first)</source>
        <translation>starten, den ersten Bildschirm zeichnen und beenden (mit --demo: zuerst das Demo anlegen)</translation>
    </message>
    <message>
        <source>the course&apos;s id, for a certificate</source>
        <translation>die Kennung des Kurses, für ein Zertifikat</translation>
    </message>
    <message>
        <source>the group&apos;s name</source>
        <translation>der Name der Gruppe</translation>
    </message>
    <message>
        <source>the learner&apos;s first name or id</source>
        <translation>der Vorname oder die Kennung der lernenden Person</translation>
    </message>
    <message>
        <source>write the centre&apos;s results to FILE</source>
        <translation>die Ergebnisse des Zentrums in FILE schreiben</translation>
    </message>
</context>
<context>
    <name>CompetenceChart</name>
    <message>
        <source>Your competence chart</source>
        <translation>Ihre Fähigkeiten im Überblick</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message numerus="yes">
        <source>About %n minutes</source>
        <translation>
            <numerusform>Etwa %n Minute</numerusform>
            <numerusform>Etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lessons</source>
        <translation>%1 von %2 Lektionen</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>%1 of %2 lessons done</source>
        <translation>%1 von %2 Lektionen geschafft</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>noch nicht begonnen</translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message>
        <source>Start the course</source>
        <translation>Kurs beginnen</translation>
    </message>
    <message>
        <source>Read the first lesson again</source>
        <translation>Erste Lektion noch einmal lesen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Back to my courses</source>
        <translation>Zurück zu meinen Kursen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>geschafft</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>You finished this course. Well done!</source>
        <translation>Sie haben diesen Kurs abgeschlossen. Gut gemacht!</translation>
    </message>
    <message>
        <source>%1 of %2 lessons done.</source>
        <translation>%1 von %2 Lektionen geschafft.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>Competence areas</source>
        <translation>Kompetenzbereiche</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Learners and their progress</source>
        <translation>Teilnehmende und ihr Fortschritt</translation>
    </message>
    <message>
        <source>Latest sessions</source>
        <translation>Letzte Sitzungen</translation>
    </message>
    <message>
        <source>No groups yet. Make one in the Groups tab.</source>
        <translation>Noch keine Gruppen. Legen Sie eine im Reiter „Gruppen“ an.</translation>
    </message>
    <message>
        <source>“!”: may need help (did not pass the same quiz 3 times, or no progress for 2 weeks). Press Enter or double-click a learner to open their page.</source>
        <translation>„!“: braucht vielleicht Hilfe (dasselbe Quiz 3-mal nicht bestanden oder seit 2 Wochen kein Fortschritt). Enter oder Doppelklick auf eine Person öffnet ihre Seite.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Teilnehmer/in</translation>
    </message>
    <message>
        <source>Days here (30 days)</source>
        <translation>Anwesenheitstage (30 Tage)</translation>
    </message>
    <message>
        <source>may need help</source>
        <translation>braucht vielleicht Hilfe</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>%1 learners; %2 may need help.</source>
        <translation>%1 Teilnehmende, davon %2 mit möglichem Hilfebedarf.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>did not sign out</source>
        <translation>nicht abgemeldet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ abgeschlossen</translation>
    </message>
    <message>
        <source>! %1
%2</source>
        <translation>! %1
%2</translation>
    </message>
    <message numerus="yes">
        <source>did not pass a quiz %n time(s)</source>
        <translation>
            <numerusform>ein Quiz %n-mal nicht bestanden</numerusform>
            <numerusform>ein Quiz %n-mal nicht bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>no progress for 2 weeks</source>
        <translation>seit 2 Wochen kein Fortschritt</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>Calibration: self-rating and evidence</source>
        <translation>Abgleich: Selbsteinschätzung und Nachweise</translation>
    </message>
    <message>
        <source>Your levels, and what they rest on</source>
        <translation>Ihre Stufen und worauf sie beruhen</translation>
    </message>
    <message>
        <source>%1 (course quizzes)</source>
        <translation>%1 (Kurs-Quizze)</translation>
    </message>
    <message>
        <source>Said</source>
        <translation>Selbst angegeben</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Gewusst</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>Getan</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>You said</source>
        <translation>Ihre Angabe</translation>
    </message>
    <message>
        <source>The questions showed</source>
        <translation>Die Fragen zeigten</translation>
    </message>
    <message>
        <source>Practice showed</source>
        <translation>Die Übung zeigte</translation>
    </message>
    <message>
        <source>Your trainer saw</source>
        <translation>Ihre Kursleitung sah</translation>
    </message>
    <message>
        <source>Your level</source>
        <translation>Ihre Stufe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>talk it over</source>
        <translation>besprechen</translation>
    </message>
    <message>
        <source>%1 below</source>
        <translation>%1 darunter</translation>
    </message>
    <message>
        <source>%1 above</source>
        <translation>%1 darüber</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>Stufe %1</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Add %1 to a group</source>
        <translation>%1 zu einer Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>No groups yet. Make one in the Groups tab.</source>
        <translation>Noch keine Gruppen. Legen Sie eine im Reiter Gruppen an.</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Name der Gruppe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Courses for this group</source>
        <translation>Kurse für diese Gruppe</translation>
    </message>
    <message>
        <source>Finish the courses by</source>
        <translation>Kurse abschließen bis</translation>
    </message>
    <message>
        <source>Day to finish by</source>
        <translation>Abschließen bis</translation>
    </message>
    <message>
        <source>Made the group “%1”. Now choose its members and courses.</source>
        <translation>Gruppe „%1“ angelegt. Wählen Sie jetzt Mitglieder und Kurse.</translation>
    </message>
    <message>
        <source>Archived the group “%1”.</source>
        <translation>Gruppe „%1“ archiviert.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n Kurs</numerusform>
            <numerusform>%n Kurse</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the group “%1”: %2, %3, to finish by %4.</source>
        <translation>Gruppe „%1“ gespeichert: %2, %3, abzuschließen bis %4.</translation>
    </message>
    <message>
        <source>Saved the group “%1”: %2, %3.</source>
        <translation>Gruppe „%1“ gespeichert: %2, %3.</translation>
    </message>
    <message>
        <source>Archive this group</source>
        <translation>Gruppe archivieren</translation>
    </message>
    <message>
        <source>Save the group</source>
        <translation>Gruppe speichern</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>A group&apos;s courses are assigned to every member; they see them first.</source>
        <translation>Die Kurse einer Gruppe werden allen Mitgliedern zugewiesen; sie sehen sie an erster Stelle.</translation>
    </message>
</context>
<context>
    <name>JoinCentre</name>
    <message>
        <source>LRS address</source>
        <translation>LRS-Adresse</translation>
    </message>
    <message>
        <source>LRS key</source>
        <translation>LRS-Schlüssel</translation>
    </message>
    <message>
        <source>LRS secret</source>
        <translation>LRS-Geheimschlüssel</translation>
    </message>
    <message>
        <source>Centre key</source>
        <translation>Schlüssel der Einrichtung</translation>
    </message>
    <message>
        <source>from the centre&apos;s recovery sheet</source>
        <translation>vom Wiederherstellungsblatt der Einrichtung</translation>
    </message>
    <message>
        <source>Join through the LRS</source>
        <translation>Über das LRS verbinden</translation>
    </message>
    <message>
        <source>Join from a bundle file…</source>
        <translation>Mit einer Paketdatei verbinden…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Join an existing centre</source>
        <translation>Diesen PC mit einer bestehenden Einrichtung verbinden</translation>
    </message>
    <message>
        <source>This PC gets the centre&apos;s learners and all their results. Type the centre key from the recovery sheet, then the centre&apos;s LRS details, or use a bundle file another PC of the centre saved on a USB stick.</source>
        <translation>Dieser PC erhält die Teilnehmenden der Einrichtung und alle ihre Ergebnisse. Geben Sie den Schlüssel der Einrichtung vom Wiederherstellungsblatt ein, dann die LRS-Angaben der Einrichtung – oder nutzen Sie eine Paketdatei, die ein anderer PC der Einrichtung auf einem USB-Stick gespeichert hat.</translation>
    </message>
    <message>
        <source>Please fill in the centre key and all LRS details.</source>
        <translation>Bitte geben Sie den Schlüssel der Einrichtung und alle LRS-Angaben ein.</translation>
    </message>
    <message>
        <source>Choose the bundle file</source>
        <translation>Paketdatei auswählen</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>Pakete (*.zip)</translation>
    </message>
    <message>
        <source>Please type the centre key first.</source>
        <translation>Bitte geben Sie zuerst den Schlüssel der Einrichtung ein.</translation>
    </message>
    <message>
        <source>Joining the centre… this can take a few minutes.</source>
        <translation>Der PC wird mit der Einrichtung verbunden… Das kann einige Minuten dauern.</translation>
    </message>
    <message>
        <source>Joining failed: %1</source>
        <translation>Das Verbinden hat nicht geklappt: %1</translation>
    </message>
</context>
<context>
    <name>LearnerCertificates</name>
    <message>
        <source>Certificates of %1</source>
        <translation>Zertifikate von %1</translation>
    </message>
    <message>
        <source>%1 has not finished a course yet.</source>
        <translation>%1 hat noch keinen Kurs abgeschlossen.</translation>
    </message>
    <message>
        <source>Certificates are printed in the learner&apos;s language: %1.</source>
        <translation>Zertifikate werden in der Sprache der Person gedruckt: %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>LearnerCompetences</name>
    <message>
        <source>Only where self-rating and evidence disagree</source>
        <translation>Nur wo Selbsteinschätzung und Nachweise auseinandergehen</translation>
    </message>
    <message>
        <source>The level concluded rests on the strongest evidence: observed, then did, then known (questions and course quizzes), then said.</source>
        <translation>Das Ergebnis beruht auf dem stärksten Nachweis: beobachtet, dann getan, dann gewusst (Fragen und Kurs-Quizze), dann selbst angegeben.</translation>
    </message>
</context>
<context>
    <name>LearnerForm</name>
    <message>
        <source>New learner</source>
        <translation>Neue/r Teilnehmer/in</translation>
    </message>
    <message>
        <source>Edit learner</source>
        <translation>Teilnehmer/in bearbeiten</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>4 to 6 numbers, or leave empty for no PIN</source>
        <translation>4 bis 6 Ziffern – oder leer lassen, wenn keine PIN gewünscht ist</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN</source>
        <translation>Leer lassen, um die bisherige PIN zu behalten</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>PIN entfernen</translation>
    </message>
    <message>
        <source>Colour of the tile</source>
        <translation>Farbe der Kachel</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Farbe %1</translation>
    </message>
    <message>
        <source>Picture on the tile</source>
        <translation>Bild auf der Kachel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Gender (optional)</source>
        <translation>Geschlecht (optional)</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Frau</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Mann</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Age (optional)</source>
        <translation>Alter (optional)</translation>
    </message>
    <message>
        <source>Agrees that the centre keeps their learning records (needed)</source>
        <translation>Ist einverstanden, dass die Einrichtung die Lerndaten speichert (erforderlich)</translation>
    </message>
    <message>
        <source>Agrees that their results are counted, without their name, by the programme</source>
        <translation>Ist einverstanden, dass die Ergebnisse ohne Namen für das Programm gezählt werden</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>First letter</source>
        <translation>Anfangsbuchstabe</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sonne</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Stern</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Herz</translation>
    </message>
    <message>
        <source>Flower</source>
        <translation>Blume</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Haus</translation>
    </message>
    <message>
        <source>Music note</source>
        <translation>Musiknote</translation>
    </message>
    <message>
        <source>Snowflake</source>
        <translation>Schneeflocke</translation>
    </message>
    <message>
        <source>Umbrella</source>
        <translation>Regenschirm</translation>
    </message>
</context>
<context>
    <name>LearnerPage</name>
    <message>
        <source>Quiz answers</source>
        <translation>Quiz-Antworten</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>Record an observed level…</source>
        <translation>Beobachtete Stufe eintragen…</translation>
    </message>
    <message>
        <source>Assign a course…</source>
        <translation>Kurs zuweisen…</translation>
    </message>
    <message>
        <source>Export this learner&apos;s data…</source>
        <translation>Daten dieser Person exportieren…</translation>
    </message>
    <message>
        <source>Erase this learner&apos;s data…</source>
        <translation>Daten dieser Person löschen…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Lessons finished</source>
        <translation>Lektionen abgeschlossen</translation>
    </message>
    <message>
        <source>Finish by</source>
        <translation>Abschließen bis</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Quizzes not passed</source>
        <translation>Nicht bestandene Quizze</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>Add to a group…</source>
        <translation>Zu einer Gruppe hinzufügen…</translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation>Zertifikate…</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Gruppen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No courses assigned or started yet.</source>
        <translation>Noch keine Kurse zugewiesen oder begonnen.</translation>
    </message>
    <message>
        <source>Time spent learning at the centre: %1 hours.</source>
        <translation>Lernzeit im Zentrum: %1 Stunden.</translation>
    </message>
    <message>
        <source>Finished on %1</source>
        <translation>Abgeschlossen am %1</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Lernt gerade</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Noch nicht begonnen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Wahr</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>%1 · quiz of “%2” · %3</source>
        <translation>%1 · Quiz zu „%2“ · %3</translation>
    </message>
    <message>
        <source>No quiz answers yet.</source>
        <translation>Noch keine Quiz-Antworten.</translation>
    </message>
    <message>
        <source>right (try %1)</source>
        <translation>richtig (Versuch %1)</translation>
    </message>
    <message>
        <source>not right (try %1)</source>
        <translation>nicht richtig (Versuch %1)</translation>
    </message>
    <message>
        <source>%1 of %2 right the first time</source>
        <translation>%1 von %2 beim ersten Versuch richtig</translation>
    </message>
    <message>
        <source>Was registered at the centre</source>
        <translation>Wurde im Zentrum angemeldet</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Hat sich angemeldet</translation>
    </message>
    <message>
        <source>Was signed out after a while without activity</source>
        <translation>Wurde nach einer Weile ohne Aktivität abgemeldet</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Hat sich abgemeldet</translation>
    </message>
    <message>
        <source>Opened the lesson “%1”</source>
        <translation>Hat die Lektion „%1“ geöffnet</translation>
    </message>
    <message>
        <source>Finished the lesson “%1”</source>
        <translation>Hat die Lektion „%1“ abgeschlossen</translation>
    </message>
    <message>
        <source>Finished the course “%1”</source>
        <translation>Hat den Kurs „%1“ abgeschlossen</translation>
    </message>
    <message>
        <source>Passed the quiz of “%1”</source>
        <translation>Hat das Quiz zu „%1“ bestanden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Did not pass the quiz of “%1” yet</source>
        <translation>Hat das Quiz zu „%1“ noch nicht bestanden</translation>
    </message>
    <message>
        <source>Started a quick self-check: %1</source>
        <translation>Hat einen kurzen Selbstcheck begonnen: %1</translation>
    </message>
    <message>
        <source>Started the full self-check</source>
        <translation>Hat den vollständigen Selbstcheck begonnen</translation>
    </message>
    <message>
        <source>Finished a quick self-check: %1</source>
        <translation>Hat einen kurzen Selbstcheck abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Finished the full self-check</source>
        <translation>Hat den vollständigen Selbstcheck abgeschlossen</translation>
    </message>
    <message>
        <source>Answered %1 of %2 knowledge questions of the self-check right</source>
        <translation>%1 von %2 Wissensfragen der Selbsteinschätzung richtig beantwortet</translation>
    </message>
    <message>
        <source>A trainer watched “%1” and recorded “not yet”</source>
        <translation>Eine Kursleitung beobachtete „%1“ und hielt „noch nicht“ fest</translation>
    </message>
    <message>
        <source>A trainer watched “%1” and recorded level %2</source>
        <translation>Eine Trainerin oder ein Trainer hat „%1“ beobachtet und Stufe %2 eingetragen</translation>
    </message>
    <message>
        <source>Answered a question in the quiz of “%1”</source>
        <translation>Hat eine Frage im Quiz zu „%1“ beantwortet</translation>
    </message>
    <message>
        <source>Answered a statement of the self-check</source>
        <translation>Hat eine Aussage im Selbstcheck beantwortet</translation>
    </message>
    <message>
        <source>Something a newer SkillsApp recorded (%1)</source>
        <translation>Etwas, das eine neuere SkillsApp-Version aufgezeichnet hat (%1)</translation>
    </message>
    <message>
        <source>Assigned “%1” to %2, to finish by %3.</source>
        <translation>„%1“ an %2 zugewiesen, abzuschließen bis %3.</translation>
    </message>
    <message>
        <source>Assigned “%1” to %2.</source>
        <translation>„%1“ an %2 zugewiesen.</translation>
    </message>
    <message>
        <source>%1 is now in the group “%2”.</source>
        <translation>%1 ist jetzt in der Gruppe „%2“.</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Speicherort wählen</translation>
    </message>
    <message>
        <source>Data about %1</source>
        <translation>Daten zu %1</translation>
    </message>
    <message>
        <source>What is kept</source>
        <translation>Was gespeichert ist</translation>
    </message>
    <message>
        <source>What this PC holds</source>
        <translation>Was dieser PC enthält</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1&apos;s data in %2: %3 and %4.</source>
        <translation>Daten von %1 in %2 gespeichert: %3 und %4.</translation>
    </message>
    <message>
        <source>Erase this learner&apos;s data?</source>
        <translation>Daten dieser Person löschen?</translation>
    </message>
    <message>
        <source>This removes %1&apos;s profile and every learning record from this PC and the centre&apos;s other PCs. It cannot be undone.

%2</source>
        <translation>Damit werden das Profil von %1 und alle Lerndaten von diesem PC und von den anderen PCs der Einrichtung gelöscht. Das lässt sich nicht rückgängig machen.

%2</translation>
    </message>
</context>
<context>
    <name>LearnerTile</name>
    <message>
        <source>Sign in as %1</source>
        <translation>Als %1 anmelden</translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <source>Learners</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show archived learners</source>
        <translation>Archivierte Teilnehmende anzeigen</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Teilnehmer/in hinzufügen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the learner&apos;s page</source>
        <translation>Seite der Person öffnen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Unlock PIN</source>
        <translation>PIN entsperren</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>locked (too many wrong PINs)</source>
        <translation>gesperrt (zu oft falsche PIN)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Added %1. Their tile is on the start screen of this PC.</source>
        <translation>%1 hinzugefügt. Die Kachel ist auf dem Startbildschirm dieses PCs.</translation>
    </message>
    <message>
        <source>Saved the changes to %1&apos;s profile.</source>
        <translation>Änderungen am Profil von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Restored %1: their tile is back on the start screen.</source>
        <translation>%1 wiederhergestellt: Die Kachel ist wieder auf dem Startbildschirm.</translation>
    </message>
    <message>
        <source>Archived %1: their tile is gone and their records are kept.</source>
        <translation>%1 archiviert: Die Kachel ist weg, die Aufzeichnungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1 can sign in with their PIN again.</source>
        <translation>%1 kann sich wieder mit der PIN anmelden.</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Lesson text</source>
        <translation>Text der Lektion</translation>
    </message>
    <message>
        <source>Check what I learned</source>
        <translation>Prüfen, was ich gelernt habe</translation>
    </message>
    <message>
        <source>I have finished this lesson</source>
        <translation>Ich bin mit dieser Lektion fertig</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Zurück zum Kurs</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>%1 · Lesson %2 of %3</source>
        <translation>%1 · Lektion %2 von %3</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Vorlesen beenden</translation>
    </message>
    <message>
        <source>Links are switched off</source>
        <translation>Links sind ausgeschaltet</translation>
    </message>
    <message>
        <source>Opening web pages from lessons is switched off on this PC.</source>
        <translation>Auf diesem PC können Lektionen keine Webseiten öffnen.</translation>
    </message>
    <message>
        <source>Open a web page?</source>
        <translation>Webseite öffnen?</translation>
    </message>
    <message>
        <source>This link opens a web page outside SkillsApp, in your web browser:

%1

Do you want to open it?</source>
        <translation>Dieser Link öffnet eine Webseite außerhalb von SkillsApp in Ihrem Browser:

%1

Möchten Sie die Seite öffnen?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Finish</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Finish and sign out</source>
        <translation>Beenden und abmelden</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Ich bin noch da</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? You will be signed out in %n seconds to keep your work private.</source>
        <translation>
            <numerusform>Sind Sie noch da? Zum Schutz Ihrer Daten werden Sie in %n Sekunde abgemeldet.</numerusform>
            <numerusform>Sind Sie noch da? Zum Schutz Ihrer Daten werden Sie in %n Sekunden abgemeldet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchInput</name>
    <message>
        <source>Choose…</source>
        <translation>Bitte wählen…</translation>
    </message>
    <message>
        <source>What goes with “%1”</source>
        <translation>Was gehört zu „%1“</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>A PIN is {low} to {high} numbers, for example 4 8 1 5.</source>
        <translation>Eine PIN besteht aus {low} bis {high} Ziffern, zum Beispiel 4 8 1 5.</translation>
    </message>
    <message>
        <source>A learner&apos;s record</source>
        <translation>Lernverlauf einer Person</translation>
    </message>
    <message>
        <source>A web page answered instead of the LRS (a Wi-Fi sign-in page or a wrong address?).</source>
        <translation>Statt des LRS hat eine Webseite geantwortet (eine WLAN-Anmeldeseite oder eine falsche Adresse?).</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Fortgeschritten</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Altersgruppe</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Alle Teilnehmenden</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Attendance counts the days from {day} on.</source>
        <translation>Die Anwesenheit zählt die Tage ab dem {day}.</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Aufgeteilt nach</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Courses completed</source>
        <translation>Abgeschlossene Kurse</translation>
    </message>
    <message>
        <source>Days present in the last 30 days</source>
        <translation>Anwesenheitstage in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>DigComp area</source>
        <translation>DigComp-Bereich</translation>
    </message>
    <message>
        <source>DigComp levels by area</source>
        <translation>DigComp-Stufen nach Bereich</translation>
    </message>
    <message>
        <source>DigComp levels by area from {start} to {end}</source>
        <translation>DigComp-Stufen nach Bereich vom {start} bis {end}</translation>
    </message>
    <message>
        <source>DigComp version {version} is not known.</source>
        <translation>Die DigComp-Version {version} ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Every statement has been answered.</source>
        <translation>Alle Aussagen sind beantwortet.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Grundlagen</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Group progress</source>
        <translation>Fortschritt der Gruppe</translation>
    </message>
    <message>
        <source>Highly advanced</source>
        <translation>Hoch fortgeschritten</translation>
    </message>
    <message>
        <source>Highly specialised</source>
        <translation>Hoch spezialisiert</translation>
    </message>
    <message>
        <source>Hours of learning</source>
        <translation>Lernstunden</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Mittelstufe</translation>
    </message>
    <message>
        <source>Latest self-check</source>
        <translation>Letzter Selbstcheck</translation>
    </message>
    <message>
        <source>Latest self-check, DigCompSat bands</source>
        <translation>Letzter Selbstcheck, Stufen nach DigCompSat</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Teilnehmer/in</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Learning record of {name}</source>
        <translation>Lernverlauf von {name}</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Lessons done</source>
        <translation>Erledigte Lektionen</translation>
    </message>
    <message>
        <source>Level gain, observed by a trainer</source>
        <translation>Zuwachs der Stufe, von der Kursleitung beobachtet</translation>
    </message>
    <message>
        <source>Level gain, self-assessed</source>
        <translation>Zuwachs der Stufe, selbst eingeschätzt</translation>
    </message>
    <message>
        <source>Level gains: latest minus first level in the period, averaged over the learners assessed at least twice; the column “Learners” says how many.</source>
        <translation>Zuwachs der Stufe: letzte minus erste Stufe im Zeitraum, gemittelt über die mindestens zweimal eingeschätzten Personen; die Spalte „Teilnehmende“ sagt, wie viele.</translation>
    </message>
    <message>
        <source>Levels from the self-checks finished in the period. “Latest self-check”: each learner&apos;s latest level in the area. The first and latest self-check are compared for the learners who did two or more in the period (pre/post).</source>
        <translation>Stufen aus den im Zeitraum abgeschlossenen Selbstchecks. „Letzter Selbstcheck“: die letzte Stufe jeder Person im Bereich. Erster und letzter Selbstcheck werden bei den Personen verglichen, die im Zeitraum zwei oder mehr gemacht haben (vorher/nachher).</translation>
    </message>
    <message>
        <source>May need help</source>
        <translation>Braucht vielleicht Hilfe</translation>
    </message>
    <message>
        <source>Mean level</source>
        <translation>Mittlere Stufe</translation>
    </message>
    <message>
        <source>Mean self-check score, % (DigCompSat)</source>
        <translation>Mittleres Ergebnis des Selbstchecks, % (DigCompSat)</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Männer</translation>
    </message>
    <message>
        <source>No centre in this LRS account opens with this centre key. Please check the key on the centre&apos;s recovery sheet, and the LRS key and secret.</source>
        <translation>Mit diesem Schlüssel der Einrichtung lässt sich keine Einrichtung in diesem LRS-Konto öffnen. Bitte prüfen Sie den Schlüssel auf dem Wiederherstellungsblatt der Einrichtung sowie LRS-Schlüssel und LRS-Geheimschlüssel.</translation>
    </message>
    <message>
        <source>No printer is set up on this PC. Save the PDF instead and print it elsewhere, or ask whoever looks after this PC to add a printer.</source>
        <translation>Auf diesem PC ist kein Drucker eingerichtet. Speichern Sie stattdessen das PDF und drucken Sie es woanders, oder bitten Sie die Person, die sich um diesen PC kümmert, einen Drucker hinzuzufügen.</translation>
    </message>
    <message>
        <source>No progress for 2 weeks</source>
        <translation>Seit 2 Wochen kein Fortschritt</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Only a trainer of this centre can record an assessment.</source>
        <translation>Nur die Kursleitung dieser Einrichtung kann eine Einschätzung eintragen.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende im Zeitraum</translation>
    </message>
    <message>
        <source>Participants: learners who signed in or learned on at least one day of the period.</source>
        <translation>Teilnehmende im Zeitraum: Personen, die sich an mindestens einem Tag des Zeitraums angemeldet oder gelernt haben.</translation>
    </message>
    <message>
        <source>Please answer every statement before finishing.</source>
        <translation>Bitte beantworten Sie alle Aussagen, bevor Sie abschließen.</translation>
    </message>
    <message>
        <source>Please choose a period between {earliest} and the end of next year.</source>
        <translation>Bitte wählen Sie einen Zeitraum zwischen {earliest} und dem Ende des nächsten Jahres.</translation>
    </message>
    <message>
        <source>Please choose one of the answers.</source>
        <translation>Bitte wählen Sie eine der Antworten.</translation>
    </message>
    <message>
        <source>Please choose one of the five areas for the quick check.</source>
        <translation>Bitte wählen Sie für die kurze Einschätzung einen der fünf Bereiche.</translation>
    </message>
    <message>
        <source>Please choose one of the four answers.</source>
        <translation>Bitte wählen Sie eine der vier Antworten.</translation>
    </message>
    <message>
        <source>Please choose one of the offered colours.</source>
        <translation>Bitte wählen Sie eine der angebotenen Farben.</translation>
    </message>
    <message>
        <source>Please choose one of the offered languages.</source>
        <translation>Bitte wählen Sie eine der angebotenen Sprachen.</translation>
    </message>
    <message>
        <source>Please choose one of the offered pictures.</source>
        <translation>Bitte wählen Sie eines der angebotenen Bilder.</translation>
    </message>
    <message>
        <source>Please choose the quick check or the full check.</source>
        <translation>Bitte wählen Sie die kurze oder die ausführliche Einschätzung.</translation>
    </message>
    <message>
        <source>Please choose the task you watched before ticking its steps.</source>
        <translation>Bitte wählen Sie zuerst die beobachtete Aufgabe und haken Sie dann ihre Schritte ab.</translation>
    </message>
    <message>
        <source>Please give dates as year-month-day, for example 2026-03-31.</source>
        <translation>Bitte geben Sie Daten als Jahr-Monat-Tag an, zum Beispiel 2026-03-31.</translation>
    </message>
    <message>
        <source>Please give the course&apos;s id, for example --course email-basics.</source>
        <translation>Bitte geben Sie die Kennung des Kurses an, zum Beispiel --course email-basics.</translation>
    </message>
    <message>
        <source>Please give the due date as a day, for example 2026-05-31.</source>
        <translation>Bitte geben Sie das Abschlussdatum als Tag an, zum Beispiel 2026-05-31.</translation>
    </message>
    <message>
        <source>Please give the period: its first and its last day.</source>
        <translation>Bitte geben Sie den Zeitraum an: seinen ersten und seinen letzten Tag.</translation>
    </message>
    <message>
        <source>Please keep the note under {limit} characters.</source>
        <translation>Bitte halten Sie die Notiz kürzer als {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Please put the key and secret in their own boxes, not in the address.</source>
        <translation>Bitte tragen Sie Schlüssel und Geheimschlüssel in die eigenen Felder ein, nicht in die Adresse.</translation>
    </message>
    <message>
        <source>Please set the LRS address, key and secret first.</source>
        <translation>Bitte geben Sie zuerst LRS-Adresse, LRS-Schlüssel und LRS-Geheimschlüssel ein.</translation>
    </message>
    <message>
        <source>Please set the centre key first (trainer settings, Sync).</source>
        <translation>Bitte geben Sie zuerst den Schlüssel der Einrichtung ein (Einstellungen der Kursleitung, „Synchronisierung“).</translation>
    </message>
    <message>
        <source>Please type a {field}.</source>
        <translation>Bitte geben Sie Folgendes ein: {field}.</translation>
    </message>
    <message>
        <source>Please type the LRS key and secret.</source>
        <translation>Bitte geben Sie LRS-Schlüssel und LRS-Geheimschlüssel ein.</translation>
    </message>
    <message>
        <source>Please type the centre key to set up this PC from the bundle.</source>
        <translation>Bitte geben Sie den Schlüssel der Einrichtung ein, um diesen PC aus dem Paket einzurichten.</translation>
    </message>
    <message>
        <source>Post: latest self-check (of those with two or more)</source>
        <translation>Nachher: letzter Selbstcheck (bei zwei oder mehr)</translation>
    </message>
    <message>
        <source>Pre/post: too few to report</source>
        <translation>Vorher/nachher: zu wenige für Angaben</translation>
    </message>
    <message>
        <source>Pre: first self-check (of those with two or more)</source>
        <translation>Vorher: erster Selbstcheck (bei zwei oder mehr)</translation>
    </message>
    <message>
        <source>Programme indicators</source>
        <translation>Programmkennzahlen</translation>
    </message>
    <message>
        <source>Programme indicators from {start} to {end}</source>
        <translation>Programmkennzahlen vom {start} bis {end}</translation>
    </message>
    <message>
        <source>Progress of the group {name}</source>
        <translation>Fortschritt der Gruppe {name}</translation>
    </message>
    <message>
        <source>Quiz not passed after {count} tries</source>
        <translation>Quiz nach {count} Versuchen nicht bestanden</translation>
    </message>
    <message>
        <source>Quiz tries</source>
        <translation>Quiz-Versuche</translation>
    </message>
    <message>
        <source>Quiz tries not passed</source>
        <translation>Nicht bestandene Quiz-Versuche</translation>
    </message>
    <message>
        <source>Self-check score as DigCompSat counts it: the mean of the answers&apos; points in the area, as a percentage. Its bands: Low 0–29 % (counted under “Not yet”), Foundation 30–47 %, Intermediate 48–80 %, Advanced 81–100 %.</source>
        <translation>Ergebnis des Selbstchecks, wie DigCompSat es zählt: der Mittelwert der Punkte der Antworten im Bereich, in Prozent. Seine Stufen: Niedrig 0–29 % (unter „Noch nicht“ gezählt), Grundlagen 30–47 %, Mittelstufe 48–80 %, Fortgeschritten 81–100 %.</translation>
    </message>
    <message>
        <source>SkillsApp cannot save in its data folder ({folder}) because it is read-only. Please ask whoever looks after this PC to allow writing there, or set SKILLSAPP_HOME to a folder that can be written. Nothing has been changed.</source>
        <translation>SkillsApp kann in seinem Datenordner ({folder}) nicht speichern, weil er schreibgeschützt ist. Bitten Sie die Person, die diesen PC betreut, das Schreiben dort zu erlauben, oder setzen Sie SKILLSAPP_HOME auf einen Ordner, in den geschrieben werden kann. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>SkillsApp cannot use its data folder ({folder}): {reason}. Please check that the folder exists and can be written, or set SKILLSAPP_HOME to another folder. Nothing has been changed.</source>
        <translation>SkillsApp kann seinen Datenordner ({folder}) nicht verwenden: {reason}. Bitte prüfen Sie, ob der Ordner existiert und beschreibbar ist, oder setzen Sie SKILLSAPP_HOME auf einen anderen Ordner. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>So that nobody can be singled out, figures about fewer than {least} learners are not shown: “Too few to report”.</source>
        <translation>Damit niemand erkennbar wird, werden Angaben über weniger als {least} Personen nicht gezeigt: „Zu wenige für Angaben“.</translation>
    </message>
    <message>
        <source>Some members of this group are not learners of the centre ({count}).</source>
        <translation>Einige Mitglieder dieser Gruppe sind keine Teilnehmenden der Einrichtung ({count}).</translation>
    </message>
    <message>
        <source>Some results could not be confirmed ({count}); they will be sent again.</source>
        <translation>Einige Ergebnisse konnten nicht bestätigt werden ({count}); sie werden noch einmal gesendet.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Text size must be between 100% and 200%.</source>
        <translation>Die Textgröße muss zwischen 100 % und 200 % liegen.</translation>
    </message>
    <message>
        <source>That course is not on this PC.</source>
        <translation>Dieser Kurs ist auf diesem PC nicht vorhanden.</translation>
    </message>
    <message>
        <source>That task is not in the list of tasks.</source>
        <translation>Diese Aufgabe steht nicht in der Liste der Aufgaben.</translation>
    </message>
    <message>
        <source>That task shows a different competence.</source>
        <translation>Diese Aufgabe gehört zu einer anderen Kompetenz.</translation>
    </message>
    <message>
        <source>The LRS address must start with https:// so that results travel safely.</source>
        <translation>Die LRS-Adresse muss mit https:// beginnen, damit die Ergebnisse sicher übertragen werden.</translation>
    </message>
    <message>
        <source>The LRS address should look like https://lrs.example.org/xAPI/</source>
        <translation>Die LRS-Adresse sollte so aussehen: https://lrs.example.org/xAPI/</translation>
    </message>
    <message>
        <source>The LRS answered, but not with a list of statements.</source>
        <translation>Das LRS hat geantwortet, aber nicht mit einer Liste von Einträgen.</translation>
    </message>
    <message>
        <source>The LRS answered, but not with the list of stored statements.</source>
        <translation>Das LRS hat geantwortet, aber nicht mit der Liste der gespeicherten Einträge.</translation>
    </message>
    <message>
        <source>The LRS cannot be reached; results are kept here and sent later.</source>
        <translation>Das LRS ist nicht erreichbar. Die Ergebnisse bleiben auf diesem PC und werden später gesendet.</translation>
    </message>
    <message>
        <source>The LRS gave an unexpected answer (HTTP {status}).</source>
        <translation>Das LRS hat unerwartet geantwortet (HTTP {status}).</translation>
    </message>
    <message>
        <source>The LRS has a problem of its own (HTTP {status}); trying later.</source>
        <translation>Das LRS hat selbst ein Problem (HTTP {status}); es wird später noch einmal versucht.</translation>
    </message>
    <message>
        <source>The LRS keeps sending us elsewhere; please check the address.</source>
        <translation>Das LRS leitet immer wieder an eine andere Stelle weiter; bitte prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The LRS refused the statement (HTTP {status}): {detail}</source>
        <translation>Das LRS hat den Eintrag abgelehnt (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>The LRS sent a broken link to the next page.</source>
        <translation>Das LRS hat einen fehlerhaften Link zur nächsten Seite gesendet.</translation>
    </message>
    <message>
        <source>The LRS sent an answer far too large to be statements.</source>
        <translation>Das LRS hat eine Antwort gesendet, die für Einträge viel zu groß ist.</translation>
    </message>
    <message>
        <source>The LRS sent an answer that cannot be read.</source>
        <translation>Das LRS hat eine Antwort gesendet, die nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>The LRS sent us to another address ({host}); nothing was sent there.</source>
        <translation>Das LRS hat an eine andere Adresse weitergeleitet ({host}); dorthin wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {file}: {reason}. Check that the USB stick is plugged in and has free space. Nothing was saved.</source>
        <translation>Das PDF konnte nicht als {file} gespeichert werden: {reason}. Prüfen Sie, ob der USB-Stick eingesteckt ist und genug freien Platz hat. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {file}: {reason}. Nothing was saved.</source>
        <translation>Das PDF konnte nicht als {file} gespeichert werden: {reason}. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The bundle cannot be read ({reason}).</source>
        <translation>Das Paket kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>The centre key does not open this bundle. Please check the key.</source>
        <translation>Der Schlüssel der Einrichtung öffnet dieses Paket nicht. Bitte prüfen Sie den Schlüssel.</translation>
    </message>
    <message>
        <source>The centre key needs at least {limit} characters.</source>
        <translation>Der Schlüssel der Einrichtung muss mindestens {limit} Zeichen haben.</translation>
    </message>
    <message>
        <source>The centre needs at least one trainer account.</source>
        <translation>Die Einrichtung braucht mindestens ein Konto für die Kursleitung.</translation>
    </message>
    <message>
        <source>The course “{title}” comes with SkillsApp and cannot be replaced from a file. It is updated together with SkillsApp.</source>
        <translation>Der Kurs „{title}“ ist in SkillsApp enthalten und kann nicht durch eine Datei ersetzt werden. Er wird zusammen mit SkillsApp aktualisiert.</translation>
    </message>
    <message>
        <source>The course “{title}” is already installed in version {installed}. This file holds version {version}, which is not newer, so nothing was changed.</source>
        <translation>Der Kurs „{title}“ ist bereits in Version {installed} installiert. Diese Datei enthält Version {version}, die nicht neuer ist. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The day to finish by has already passed. Please choose today or a later day.</source>
        <translation>Dieser Tag ist schon vorbei. Bitte wählen Sie heute oder einen späteren Tag.</translation>
    </message>
    <message>
        <source>The day you watched the task cannot be in the future.</source>
        <translation>Der Tag der Beobachtung kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The disk where SkillsApp keeps its records ({folder}) is full. Please make some room on it (for example, empty the recycle bin), then start SkillsApp again. Nothing has been changed.</source>
        <translation>Das Laufwerk, auf dem SkillsApp seine Daten speichert ({folder}), ist voll. Bitte schaffen Sie dort etwas Platz (zum Beispiel den Papierkorb leeren) und starten Sie SkillsApp dann neu. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The key or secret is wrong.</source>
        <translation>Der Schlüssel oder der Geheimschlüssel ist falsch.</translation>
    </message>
    <message>
        <source>The learning records in {file} were saved by a newer version of SkillsApp (data version {found}, this version reads up to {known}). Please install the newer version; nothing has been changed.</source>
        <translation>Die Lerndaten in {file} wurden von einer neueren Version von SkillsApp gespeichert (Datenversion {found}, diese Version liest bis {known}). Bitte installieren Sie die neuere Version; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The learning records on this PC ({file}) are damaged and cannot be opened ({detail}).</source>
        <translation>Die Lerndaten auf diesem PC ({file}) sind beschädigt und können nicht geöffnet werden ({detail}).</translation>
    </message>
    <message>
        <source>The level must be a whole number from {low} to {high}.</source>
        <translation>Die Stufe muss eine ganze Zahl von {low} bis {high} sein.</translation>
    </message>
    <message>
        <source>The password can have at most {limit} characters.</source>
        <translation>Das Passwort darf höchstens {limit} Zeichen haben.</translation>
    </message>
    <message>
        <source>The password contains characters that cannot be typed. Please try again.</source>
        <translation>Das Passwort enthält Zeichen, die sich nicht eintippen lassen. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The password needs at least {limit} characters.</source>
        <translation>Das Passwort muss mindestens {limit} Zeichen haben.</translation>
    </message>
    <message>
        <source>The period ends before it starts. Please swap the two dates.</source>
        <translation>Der Zeitraum endet, bevor er beginnt. Bitte tauschen Sie die beiden Daten.</translation>
    </message>
    <message>
        <source>The printer reported a problem and the pages may not have come out. Check that it is switched on and has paper, then try again.</source>
        <translation>Der Drucker hat ein Problem gemeldet, und die Seiten sind vielleicht nicht gedruckt worden. Prüfen Sie, ob er eingeschaltet ist und Papier hat, und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The report could not be saved as {file}: {reason}. Check that the USB stick is plugged in, has free space and is not write-protected. Nothing was saved.</source>
        <translation>Der Bericht konnte nicht als {file} gespeichert werden: {reason}. Prüfen Sie, ob der USB-Stick eingesteckt ist, genug freien Platz hat und nicht schreibgeschützt ist. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The resident needs to agree that the centre keeps their learning records, otherwise their progress cannot be saved.</source>
        <translation>Die teilnehmende Person muss zustimmen, dass die Einrichtung ihre Lerndaten speichert – sonst kann ihr Fortschritt nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The steps of this task are numbered 1 to {count}.</source>
        <translation>Die Schritte dieser Aufgabe sind von 1 bis {count} nummeriert.</translation>
    </message>
    <message>
        <source>The {field} contains characters that cannot be shown. Please type it again.</source>
        <translation>{field}: Darin sind Zeichen, die nicht angezeigt werden können. Bitte geben Sie den Text noch einmal ein.</translation>
    </message>
    <message>
        <source>The {field} is too long: please use at most {limit} letters.</source>
        <translation>{field}: Das ist zu lang. Bitte verwenden Sie höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>The {field} needs at least one letter.</source>
        <translation>{field}: Bitte verwenden Sie mindestens einen Buchstaben.</translation>
    </message>
    <message>
        <source>There are no groups yet.</source>
        <translation>Es gibt noch keine Gruppen.</translation>
    </message>
    <message>
        <source>There are no learners yet.</source>
        <translation>Es gibt noch keine Lernenden.</translation>
    </message>
    <message>
        <source>There is no group called “{name}”. The groups are: {names}.</source>
        <translation>Es gibt keine Gruppe namens „{name}“. Die Gruppen sind: {names}.</translation>
    </message>
    <message>
        <source>There is no learner called “{name}”.</source>
        <translation>Es gibt keine lernende Person namens „{name}“.</translation>
    </message>
    <message>
        <source>There is no report called “{name}”. The reports are: {names}.</source>
        <translation>Es gibt keinen Bericht namens „{name}“. Die Berichte sind: {names}.</translation>
    </message>
    <message>
        <source>There is no room left on the disk that holds {folder}, or it cannot be written to. Please free some space (or ask whoever looks after this PC) and start SkillsApp again. Your records are safe; nothing was changed.</source>
        <translation>Auf dem Laufwerk mit dem Ordner {folder} ist kein Platz mehr frei, oder es kann nicht darauf geschrieben werden. Bitte schaffen Sie etwas Platz (oder fragen Sie die Person, die diesen PC betreut) und starten Sie SkillsApp neu. Ihre Daten sind sicher; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This PC already belongs to a centre.</source>
        <translation>Dieser PC gehört bereits zu einer Einrichtung.</translation>
    </message>
    <message>
        <source>This bundle belongs to another centre ({centre}), not to this one. Nothing was imported.</source>
        <translation>Dieses Paket gehört zu einer anderen Einrichtung ({centre}), nicht zu dieser. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This bundle has been changed since it was made, or it was made with another centre key. Nothing was imported.</source>
        <translation>Dieses Paket wurde seit seiner Erstellung verändert oder mit einem anderen Schlüssel der Einrichtung erstellt. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This bundle unpacks to far more data than a centre can hold. Nothing was imported.</source>
        <translation>Dieses Paket enthält entpackt weit mehr Daten, als eine Einrichtung haben kann. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of SkillsApp ({version}). Please update SkillsApp on this PC first. Nothing was imported.</source>
        <translation>Dieses Paket wurde mit einer neueren Version von SkillsApp erstellt ({version}). Bitte aktualisieren Sie zuerst SkillsApp auf diesem PC. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This course pack is protected with a password; make the zip again without one.</source>
        <translation>Dieses Kurspaket ist mit einem Passwort geschützt. Bitte erstellen Sie die ZIP-Datei noch einmal ohne Passwort.</translation>
    </message>
    <message>
        <source>This course pack would take {size} MB once unpacked; at most {limit} MB is allowed.</source>
        <translation>Dieses Kurspaket würde entpackt {size} MB belegen; erlaubt sind höchstens {limit} MB.</translation>
    </message>
    <message>
        <source>This file cannot be read: {reason}.</source>
        <translation>Diese Datei kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>This file holds {count} files; a course pack may hold at most {limit}. It is probably not a course pack.</source>
        <translation>Diese Datei enthält zu viele Dateien ({count}); ein Kurspaket darf höchstens {limit} enthalten. Wahrscheinlich ist es kein Kurspaket.</translation>
    </message>
    <message>
        <source>This file holds “{name}” twice.</source>
        <translation>Diese Datei enthält „{name}“ zweimal.</translation>
    </message>
    <message>
        <source>This file is damaged or was made in a way SkillsApp cannot open; make the zip again with an ordinary zip program.</source>
        <translation>Diese Datei ist beschädigt oder wurde so erstellt, dass SkillsApp sie nicht öffnen kann. Bitte erstellen Sie die ZIP-Datei mit einem gewöhnlichen ZIP-Programm neu.</translation>
    </message>
    <message>
        <source>This file is not a SkillsApp bundle. Nothing was imported.</source>
        <translation>Diese Datei ist kein SkillsApp-Paket. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This file is not a complete SkillsApp bundle (it may have been cut short while copying). Please copy it again. Nothing was imported.</source>
        <translation>Diese Datei ist kein vollständiges SkillsApp-Paket (vielleicht wurde das Kopieren unterbrochen). Bitte kopieren Sie sie noch einmal. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This file is not a course pack: it has no course.yaml.</source>
        <translation>Diese Datei ist kein Kurspaket: Sie enthält keine course.yaml.</translation>
    </message>
    <message>
        <source>This file is not a course pack: it is not a zip file, or it is damaged or incomplete (copy it to the USB stick again).</source>
        <translation>Diese Datei ist kein Kurspaket: Sie ist keine ZIP-Datei oder sie ist beschädigt oder unvollständig (kopieren Sie sie noch einmal auf den USB-Stick).</translation>
    </message>
    <message>
        <source>This file is not a safe course pack.</source>
        <translation>Diese Datei ist kein sicheres Kurspaket.</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: it would unpack to far more data than it holds (a &apos;zip bomb&apos;).</source>
        <translation>Diese Datei ist kein sicheres Kurspaket: Entpackt würde sie weit mehr Daten ergeben, als sie enthält (eine „ZIP-Bombe“).</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: “{name}” is a link or a special file, not a plain file.</source>
        <translation>Diese Datei ist kein sicheres Kurspaket: „{name}“ ist eine Verknüpfung oder eine besondere Datei, keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: “{name}” would be written outside the course folder.</source>
        <translation>Diese Datei ist kein sicheres Kurspaket: „{name}“ würde außerhalb des Kursordners gespeichert.</translation>
    </message>
    <message>
        <source>This learner is not registered at this centre.</source>
        <translation>Diese teilnehmende Person ist in dieser Einrichtung nicht angemeldet.</translation>
    </message>
    <message>
        <source>This learner&apos;s profile is archived; restore it first.</source>
        <translation>Das Profil dieser teilnehmenden Person ist archiviert; bitte stellen Sie es zuerst wieder her.</translation>
    </message>
    <message>
        <source>This trainer account is archived.</source>
        <translation>Dieses Konto der Kursleitung ist archiviert.</translation>
    </message>
    <message>
        <source>This trainer could not be saved. Please try again.</source>
        <translation>Die Kursleitung konnte nicht gespeichert werden. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Time spent learning at the centre, in hours: {hours}</source>
        <translation>Lernzeit in der Einrichtung, in Stunden: {hours}</translation>
    </message>
    <message>
        <source>Too few to report</source>
        <translation>Zu wenige für Angaben</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Why help may be needed</source>
        <translation>Warum vielleicht Hilfe nötig ist</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Frauen</translation>
    </message>
    <message>
        <source>centre name</source>
        <translation>Name der Einrichtung</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>Name der Gruppe</translation>
    </message>
    <message>
        <source>it is not a SkillsApp database file</source>
        <translation>es ist keine Datendatei von SkillsApp</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>trainer&apos;s name</source>
        <translation>Name der Kursleitung</translation>
    </message>
    <message>
        <source>{name} has no certificate for the course “{course}” yet: it comes when the course is finished.</source>
        <translation>{name} hat noch kein Zertifikat für den Kurs „{course}“: Es kommt, wenn der Kurs abgeschlossen ist.</translation>
    </message>
    <message>
        <source>{name} is already in the group “{group}”.</source>
        <translation>{name} ist schon in der Gruppe „{group}“.</translation>
    </message>
    <message>
        <source>“{code}” is not a DigComp competence.</source>
        <translation>„{code}“ ist keine DigComp-Kompetenz.</translation>
    </message>
</context>
<context>
    <name>MyData</name>
    <message>
        <source>What happens in the learning record store (LRS): it only ever received results under a number, never a name. Results it already received are marked as withdrawn (voided), so reports no longer count them, but the store keeps a record that they existed.</source>
        <translation>Was im Lerndatenspeicher (LRS) geschieht: Er hat Ergebnisse immer nur unter einer Nummer erhalten, nie mit Namen. Ergebnisse, die er schon erhalten hat, werden als zurückgezogen (voided) markiert. Berichte zählen sie dann nicht mehr, aber der Speicher vermerkt, dass es sie gab.</translation>
    </message>
    <message>
        <source>The centre keeps your learning records.</source>
        <translation>Die Einrichtung speichert Ihre Lerndaten.</translation>
    </message>
    <message>
        <source>Your results are counted, without your name, by the programme.</source>
        <translation>Ihre Ergebnisse werden ohne Ihren Namen für das Programm gezählt.</translation>
    </message>
    <message>
        <source>Your results are not shared with the programme.</source>
        <translation>Ihre Ergebnisse werden nicht an das Programm weitergegeben.</translation>
    </message>
    <message>
        <source>You agreed on %1.</source>
        <translation>Sie haben am %1 zugestimmt.</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <source>First name %1; language %2; %3; tile colour and picture.</source>
        <translation>Vorname: %1; Sprache: %2; %3; Farbe und Bild Ihrer Kachel.</translation>
    </message>
    <message>
        <source>a PIN is set</source>
        <translation>mit PIN</translation>
    </message>
    <message>
        <source>no PIN</source>
        <translation>ohne PIN</translation>
    </message>
    <message>
        <source>About you (optional)</source>
        <translation>Über Sie (optional)</translation>
    </message>
    <message>
        <source>Gender: %1. Age: %2.</source>
        <translation>Geschlecht: %1. Alter: %2.</translation>
    </message>
    <message>
        <source>What you agreed to</source>
        <translation>Ihre Zustimmung</translation>
    </message>
    <message>
        <source>Your courses</source>
        <translation>Ihre Kurse</translation>
    </message>
    <message>
        <source>%1 started, %2 finished.</source>
        <translation>%1 begonnen, %2 abgeschlossen.</translation>
    </message>
    <message>
        <source>Your visits</source>
        <translation>Ihre Besuche</translation>
    </message>
    <message numerus="yes">
        <source>You came on %n day(s).</source>
        <translation>
            <numerusform>Sie waren an %n Tag hier.</numerusform>
            <numerusform>Sie waren an %n Tagen hier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your groups</source>
        <translation>Ihre Gruppen</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Your learning records</source>
        <translation>Ihre Lerndaten</translation>
    </message>
    <message numerus="yes">
        <source>%n records of what you did (lessons opened, answers given, courses finished, self-checks).</source>
        <translation>
            <numerusform>%n Eintrag zu dem, was Sie gemacht haben (geöffnete Lektionen, gegebene Antworten, abgeschlossene Kurse, Selbsteinschätzungen).</numerusform>
            <numerusform>%n Einträge zu dem, was Sie gemacht haben (geöffnete Lektionen, gegebene Antworten, abgeschlossene Kurse, Selbsteinschätzungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>woman</source>
        <translation>Frau</translation>
    </message>
    <message>
        <source>man</source>
        <translation>Mann</translation>
    </message>
    <message>
        <source>another gender</source>
        <translation>divers</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>keine Angabe</translation>
    </message>
</context>
<context>
    <name>MyDataScreen</name>
    <message>
        <source>Save a copy of my data (with a trainer)</source>
        <translation>Kopie meiner Daten speichern (mit der Kursleitung)</translation>
    </message>
    <message>
        <source>Erase my data (with a trainer)</source>
        <translation>Meine Daten löschen (mit der Kursleitung)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Meine Daten</translation>
    </message>
    <message>
        <source>This is everything SkillsApp keeps about you.</source>
        <translation>Das ist alles, was SkillsApp über Sie speichert.</translation>
    </message>
    <message>
        <source>A trainer helps you save a copy of your data.</source>
        <translation>Die Kursleitung hilft Ihnen, eine Kopie Ihrer Daten zu speichern.</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Speicherort wählen</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>A trainer helps you erase your data.</source>
        <translation>Die Kursleitung hilft Ihnen, Ihre Daten zu löschen.</translation>
    </message>
</context>
<context>
    <name>OrderInput</name>
    <message>
        <source>Steps to put in order</source>
        <translation>Bringen Sie die Schritte in die richtige Reihenfolge</translation>
    </message>
    <message>
        <source>Choose a step with the arrow keys. Ctrl and an arrow key move it.</source>
        <translation>Wählen Sie einen Schritt mit den Pfeiltasten. Mit Strg und einer Pfeiltaste verschieben Sie ihn.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the chosen step up</source>
        <translation>Gewählten Schritt nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the chosen step down</source>
        <translation>Gewählten Schritt nach unten verschieben</translation>
    </message>
    <message>
        <source>Choose a step, then press “Move up” or “Move down”. With the keyboard: the arrow keys choose a step, Ctrl and an arrow key move it.</source>
        <translation>Wählen Sie einen Schritt und drücken Sie dann „Nach oben“ oder „Nach unten“. Mit der Tastatur: Die Pfeiltasten wählen einen Schritt, Strg und eine Pfeiltaste verschieben ihn.</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Sent to the printer: %1</source>
        <translation>An den Drucker geschickt: %1</translation>
    </message>
</context>
<context>
    <name>PcSettings</name>
    <message>
        <source>Text size on the start screen</source>
        <translation>Textgröße auf dem Startbildschirm</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Strong contrast on the start screen</source>
        <translation>Starker Kontrast auf dem Startbildschirm</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Sign out after no activity for</source>
        <translation>Ohne Aktivität abmelden nach</translation>
    </message>
    <message>
        <source>Lessons may open web pages (after asking)</source>
        <translation>Lektionen dürfen Webseiten öffnen (nach Rückfrage)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>These settings are for this PC only.</source>
        <translation>Diese Einstellungen gelten nur für diesen PC.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved. The start screen of this PC uses these settings from now on.</source>
        <translation>Gespeichert. Der Startbildschirm dieses PCs verwendet ab jetzt diese Einstellungen.</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Your PIN</source>
        <translation>Ihre PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Erase the last number</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>Type your PIN</source>
        <translation>Geben Sie Ihre PIN ein</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait until %1 or ask your trainer to unlock.</source>
        <translation>Die PIN wurde zu oft falsch eingegeben. Bitte warten Sie bis %1 Uhr oder bitten Sie Ihre Kursleitung, die PIN freizugeben.</translation>
    </message>
    <message>
        <source>That PIN is not right. You can try once more.</source>
        <translation>Diese PIN stimmt nicht. Sie können es noch einmal versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. You can try %n more times.</source>
        <translation>
            <numerusform>Diese PIN stimmt nicht. Sie haben noch %n Versuch.</numerusform>
            <numerusform>Diese PIN stimmt nicht. Sie haben noch %n Versuche.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizResult</name>
    <message>
        <source>Well done! You finished the whole course.</source>
        <translation>Gut gemacht! Sie haben den ganzen Kurs geschafft.</translation>
    </message>
    <message>
        <source>Well done! You passed this lesson.</source>
        <translation>Gut gemacht! Sie haben diese Lektion geschafft.</translation>
    </message>
    <message>
        <source>Not yet. Read the parts below again, then try the quiz once more.</source>
        <translation>Noch nicht ganz. Lesen Sie die Teile unten noch einmal, dann versuchen Sie das Quiz erneut.</translation>
    </message>
    <message>
        <source>Your certificate is ready. You find it under “My certificates” on your home page.</source>
        <translation>Ihr Zertifikat ist fertig. Sie finden es unter „Meine Zertifikate“ auf Ihrer Startseite.</translation>
    </message>
    <message>
        <source>Your result: %1 of %2 right at the first try.</source>
        <translation>Ihr Ergebnis: %1 von %2 gleich beim ersten Versuch richtig.</translation>
    </message>
    <message>
        <source>You need %1 of %2 right at the first try to pass.</source>
        <translation>Zum Bestehen brauchen Sie %1 von %2 gleich beim ersten Versuch richtig.</translation>
    </message>
    <message>
        <source>You need %1 right in a row at the first try to pass.</source>
        <translation>Zum Bestehen brauchen Sie %1 richtige Antworten hintereinander, jeweils beim ersten Versuch.</translation>
    </message>
    <message>
        <source>Not right at the first try:</source>
        <translation>Beim ersten Versuch nicht richtig:</translation>
    </message>
    <message>
        <source>Read “%1” again</source>
        <translation>„%1“ noch einmal lesen</translation>
    </message>
    <message>
        <source>Read the lesson again</source>
        <translation>Lektion noch einmal lesen</translation>
    </message>
    <message>
        <source>Try the quiz again</source>
        <translation>Quiz noch einmal machen</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Zurück zum Kurs</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Check my answer</source>
        <translation>Antwort prüfen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Back to the lesson</source>
        <translation>Zurück zur Lektion</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>See my result</source>
        <translation>Mein Ergebnis ansehen</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Nicht ganz</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Steps in the right place: %1 of %2</source>
        <translation>Schritte an der richtigen Stelle: %1 von %2</translation>
    </message>
    <message>
        <source>Pairs that are right: %1 of %2</source>
        <translation>Richtige Paare: %1 von %2</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Recovery sheet</source>
        <translation>Wiederherstellungsblatt</translation>
    </message>
    <message>
        <source>Centre key</source>
        <translation>Schlüssel der Einrichtung</translation>
    </message>
    <message>
        <source>No centre key is set on this PC.</source>
        <translation>Auf diesem PC ist kein Schlüssel der Einrichtung gespeichert.</translation>
    </message>
    <message>
        <source>Centre number: %1</source>
        <translation>Kennnummer der Einrichtung: %1</translation>
    </message>
    <message>
        <source>What the centre key is for</source>
        <translation>Wofür der Schlüssel da ist</translation>
    </message>
    <message>
        <source>You need it to set up another PC of this centre (choose “Join an existing centre”).</source>
        <translation>Sie brauchen ihn, um einen weiteren PC der Einrichtung einzurichten (wählen Sie „Diesen PC mit einer bestehenden Einrichtung verbinden“).</translation>
    </message>
    <message>
        <source>You need it to read a USB stick with results from this centre.</source>
        <translation>Sie brauchen ihn, um einen USB-Stick mit Ergebnissen dieser Einrichtung einzulesen.</translation>
    </message>
    <message>
        <source>It protects the residents’ names, PINs and consent. Anyone who has the key and the centre’s LRS password can read them. The LRS never sees the key.</source>
        <translation>Er schützt die Namen, PINs und Einwilligungen der Teilnehmenden. Wer den Schlüssel und das LRS-Passwort der Einrichtung hat, kann sie lesen. Das LRS sieht den Schlüssel nie.</translation>
    </message>
    <message>
        <source>If the key is lost, the results stay safe, but new PCs cannot read the residents’ details.</source>
        <translation>Geht der Schlüssel verloren, bleiben die Ergebnisse erhalten, aber neue PCs können die Angaben der Teilnehmenden nicht lesen.</translation>
    </message>
    <message>
        <source>Where to keep this sheet</source>
        <translation>Wo Sie dieses Blatt aufbewahren</translation>
    </message>
    <message>
        <source>Lock it away, for example in the centre’s safe or a locked drawer.</source>
        <translation>Schließen Sie es weg, zum Beispiel im Tresor der Einrichtung oder in einer abschließbaren Schublade.</translation>
    </message>
    <message>
        <source>Do not keep it next to the PC. Do not send it by e-mail and do not take a photo of it.</source>
        <translation>Bewahren Sie es nicht neben dem PC auf. Schicken Sie es nicht per E-Mail und fotografieren Sie es nicht.</translation>
    </message>
    <message>
        <source>Tell one other person you trust where it is.</source>
        <translation>Sagen Sie einer weiteren Person, der Sie vertrauen, wo es liegt.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Gedruckt am %1</translation>
    </message>
</context>
<context>
    <name>ReportPaper</name>
    <message>
        <source>%1, made on %2</source>
        <translation>%1, erstellt am %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Report table</source>
        <translation>Berichtstabelle</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Als CSV speichern…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>What was saved</source>
        <translation>Was gespeichert wurde</translation>
    </message>
    <message>
        <source>Table as on screen (*.csv)</source>
        <translation>Tabelle wie am Bildschirm (*.csv)</translation>
    </message>
    <message>
        <source>Data with codes, for other programs (*.csv)</source>
        <translation>Daten mit Codes, für andere Programme (*.csv)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Als CSV speichern</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Teilnehmer/in</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Sprache des Berichts</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Bericht anzeigen</translation>
    </message>
    <message>
        <source>Certificate code</source>
        <translation>Code des Zertifikats</translation>
    </message>
    <message>
        <source>Check a certificate</source>
        <translation>Zertifikat prüfen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>No certificate of this centre has that code. Check the letters again.</source>
        <translation>Kein Zertifikat dieser Einrichtung hat diesen Code. Bitte prüfen Sie die Zeichen noch einmal.</translation>
    </message>
    <message>
        <source>Genuine: %1 finished “%2” on %3.</source>
        <translation>Echt: %1 hat „%2“ am %3 abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>ResidentHome</name>
    <message>
        <source>A−  Smaller text</source>
        <translation>A−  Kleinere Schrift</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>A+  Bigger text</source>
        <translation>A+  Größere Schrift</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Strong contrast (white on black)</source>
        <translation>Starker Kontrast (weiß auf schwarz)</translation>
    </message>
    <message>
        <source>Check my digital skills</source>
        <translation>Meine digitalen Fähigkeiten einschätzen</translation>
    </message>
    <message>
        <source>My skills</source>
        <translation>Meine Fähigkeiten</translation>
    </message>
    <message>
        <source>My certificates</source>
        <translation>Meine Zertifikate</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Meine Daten</translation>
    </message>
    <message>
        <source>From your trainer</source>
        <translation>Von Ihrer Kursleitung</translation>
    </message>
    <message>
        <source>Recommended for you</source>
        <translation>Empfehlungen für Sie</translation>
    </message>
    <message>
        <source>My courses</source>
        <translation>Meine Kurse</translation>
    </message>
    <message>
        <source>More courses</source>
        <translation>Weitere Kurse</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>Hallo, %1!</translation>
    </message>
    <message>
        <source>Choose a course to start. Your progress is saved as you go. When you are done, press Finish at the top.</source>
        <translation>Wählen Sie einen Kurs aus, um zu beginnen. Ihr Fortschritt wird laufend gespeichert. Wenn Sie fertig sind, klicken Sie oben auf „Beenden“.</translation>
    </message>
    <message>
        <source>Continue where I left off: %1 – %2</source>
        <translation>Weitermachen, wo ich aufgehört habe: %1 – %2</translation>
    </message>
    <message>
        <source>Please finish by %1</source>
        <translation>Bitte abschließen bis %1</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>My certificates (%1)</source>
        <translation>Meine Zertifikate (%1)</translation>
    </message>
    <message>
        <source>Not sure where to start? “Check my digital skills” suggests courses.</source>
        <translation>Sie wissen nicht, wo Sie anfangen sollen? „Meine digitalen Fähigkeiten einschätzen“ schlägt Ihnen passende Kurse vor.</translation>
    </message>
    <message>
        <source>My skills (levels 1–8): %1</source>
        <translation>Meine Fähigkeiten (Stufen 1–8): %1</translation>
    </message>
    <message>
        <source>Text size %1</source>
        <translation>Textgröße %1</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentScreen</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the previous statement</source>
        <translation>Zurück zur vorigen Aussage</translation>
    </message>
    <message>
        <source>Pause and finish later</source>
        <translation>Pause machen und später weitermachen</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>%1: what do you know?</source>
        <translation>%1: Was wissen Sie?</translation>
    </message>
    <message>
        <source>Statement %1 of %2</source>
        <translation>Aussage %1 von %2</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Stimmt</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Stimmt nicht</translation>
    </message>
    <message>
        <source>%1 (your answer)</source>
        <translation>%1 (Ihre Antwort)</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Richtig.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Nicht ganz.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Name of the centre</source>
        <translation>Name der Einrichtung</translation>
    </message>
    <message>
        <source>for example: Village hall of Lindenau</source>
        <translation>zum Beispiel: Dorfgemeinschaftshaus Lindenau</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Standardsprache</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Welcome to SkillsApp</source>
        <translation>Willkommen bei SkillsApp</translation>
    </message>
    <message>
        <source>Set up a new centre</source>
        <translation>Neue Einrichtung anlegen</translation>
    </message>
    <message>
        <source>Join an existing centre</source>
        <translation>Diesen PC mit einer bestehenden Einrichtung verbinden</translation>
    </message>
    <message>
        <source>For another PC of a centre that already uses SkillsApp</source>
        <translation>Für einen weiteren PC einer Einrichtung, die SkillsApp schon nutzt</translation>
    </message>
    <message>
        <source>Is this the first PC of your centre, or does your centre already use SkillsApp on another PC?</source>
        <translation>Ist das der erste PC Ihrer Einrichtung, oder nutzt Ihre Einrichtung SkillsApp schon auf einem anderen PC?</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Wiederherstellungsblatt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Your centre key</source>
        <translation>Der Schlüssel Ihrer Einrichtung</translation>
    </message>
    <message>
        <source>Print or save this sheet and keep it locked away. You need the centre key to set up another PC of the centre.</source>
        <translation>Drucken oder speichern Sie dieses Blatt und bewahren Sie es verschlossen auf. Den Schlüssel der Einrichtung brauchen Sie, um einen weiteren PC der Einrichtung einzurichten.</translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation>Wiederherstellungsblatt drucken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>Wiederherstellungsblatt als PDF speichern</translation>
    </message>
    <message>
        <source>Let&apos;s set up this PC for your centre. Step 1 of 2: the centre. You can change these later.</source>
        <translation>Richten wir diesen PC für Ihre Einrichtung ein. Schritt 1 von 2: die Einrichtung. Sie können das später noch ändern.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Create the centre</source>
        <translation>Einrichtung anlegen</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Passwort (mindestens 8 Zeichen)</translation>
    </message>
    <message>
        <source>The first trainer account</source>
        <translation>Das erste Konto für die Kursleitung</translation>
    </message>
    <message>
        <source>Step 2 of 2: you. Trainers sign in with this password to add learners and follow their progress.</source>
        <translation>Schritt 2 von 2: Sie. Mit diesem Passwort meldet sich die Kursleitung an, um Teilnehmende hinzuzufügen und ihren Fortschritt zu verfolgen.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>SignOutDuringQuiz</name>
    <message>
        <source>Finish</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Your answers so far are saved. Sign out now?</source>
        <translation>Ihre bisherigen Antworten sind gespeichert. Jetzt abmelden?</translation>
    </message>
    <message>
        <source>No, go on with the quiz</source>
        <translation>Nein, mit dem Quiz weitermachen</translation>
    </message>
    <message>
        <source>Yes, sign out</source>
        <translation>Ja, abmelden</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>SkillsApp is already open on this PC with the same records (%1). Please use the window that is open; if you cannot find it, restart the PC.</source>
        <translation>SkillsApp ist auf diesem PC mit denselben Daten schon geöffnet (%1). Bitte nutzen Sie das offene Fenster; wenn Sie es nicht finden, starten Sie den PC neu.</translation>
    </message>
</context>
<context>
    <name>SkillsCheckStart</name>
    <message>
        <source>Check my digital skills</source>
        <translation>Meine digitalen Fähigkeiten einschätzen</translation>
    </message>
    <message>
        <source>You read short sentences like “I can send a photo by e-mail” and say how well they fit you. There are no wrong answers. It is not a test.</source>
        <translation>Sie lesen kurze Sätze wie „Ich kann ein Foto per E-Mail schicken“ und sagen, wie gut sie zu Ihnen passen. Es gibt keine falschen Antworten. Es ist kein Test.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Weitermachen, wo ich aufgehört habe</translation>
    </message>
    <message>
        <source>A quick check of one topic (about 10 minutes):</source>
        <translation>Kurze Einschätzung zu einem Thema (etwa 10 Minuten):</translation>
    </message>
    <message>
        <source>The full check of all topics (about 30 minutes)</source>
        <translation>Ausführliche Einschätzung zu allen Themen (etwa 30 Minuten)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>StartProblems</name>
    <message>
        <source>SkillsApp can put the damaged file aside (it is kept, not deleted) and bring back the newest automatic backup. Do that now?</source>
        <translation>SkillsApp kann die beschädigte Datei beiseitelegen (sie wird aufbewahrt, nicht gelöscht) und die neueste automatische Sicherung zurückholen. Jetzt tun?</translation>
    </message>
    <message>
        <source>There was no usable backup. The damaged file was kept as %1; SkillsApp starts with empty records.</source>
        <translation>Es gab keine brauchbare Sicherung. Die beschädigte Datei wurde als %1 aufbewahrt; SkillsApp startet mit leeren Daten.</translation>
    </message>
    <message>
        <source>SkillsApp can put the damaged file aside (it is kept, not deleted) and bring back the newest automatic backup, then close; start it again afterwards. Do that now?</source>
        <translation>SkillsApp kann die beschädigte Datei beiseitelegen (sie wird aufbewahrt, nicht gelöscht), die neueste automatische Sicherung zurückholen und sich dann schließen; starten Sie es danach wieder. Jetzt tun?</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Trainer sign-in</source>
        <translation>Anmeldung für die Kursleitung</translation>
    </message>
    <message>
        <source>No learners yet. A trainer can add them after signing in.</source>
        <translation>Noch keine Teilnehmenden. Die Kursleitung kann sie nach der Anmeldung hinzufügen.</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>%1 – herzlich willkommen!</translation>
    </message>
    <message>
        <source>Choose your name to start.</source>
        <translation>Wählen Sie Ihren Namen, um zu beginnen.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync state</source>
        <translation>Stand der Synchronisierung</translation>
    </message>
    <message>
        <source>✓ Results sent</source>
        <translation>✓ Ergebnisse gesendet</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to send %n result(s)</source>
        <translation>
            <numerusform>Noch %n Ergebnis zu senden</numerusform>
            <numerusform>Noch %n Ergebnisse zu senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: results are kept here</source>
        <translation>Offline: Die Ergebnisse bleiben hier gespeichert</translation>
    </message>
    <message>
        <source>Sync problem: see Sync in the trainer&apos;s tools</source>
        <translation>Problem bei der Synchronisierung: siehe „Synchronisierung“ bei den Werkzeugen der Kursleitung</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>LRS address</source>
        <translation>LRS-Adresse</translation>
    </message>
    <message>
        <source>LRS key</source>
        <translation>LRS-Schlüssel</translation>
    </message>
    <message>
        <source>LRS secret</source>
        <translation>LRS-Geheimschlüssel</translation>
    </message>
    <message>
        <source>Also on metered connections (mobile data)</source>
        <translation>Auch bei getakteten Verbindungen (mobile Daten)</translation>
    </message>
    <message>
        <source>Answer of the LRS</source>
        <translation>Antwort des LRS</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Stand der Synchronisierung</translation>
    </message>
    <message>
        <source>No LRS is set up</source>
        <translation>Kein LRS eingerichtet</translation>
    </message>
    <message>
        <source>Results the LRS refused</source>
        <translation>Vom LRS abgelehnte Ergebnisse</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Export a bundle (USB)…</source>
        <translation>Paket exportieren (USB)…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Paket importieren…</translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation>Wiederherstellungsblatt drucken…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF…</source>
        <translation>Wiederherstellungsblatt als PDF speichern…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Results are kept on this PC first and sent to the centre&apos;s record store (LRS) when there is a connection. Without one, use a bundle on a USB stick.</source>
        <translation>Ergebnisse werden zuerst auf diesem PC gespeichert und an den Datenspeicher der Einrichtung (LRS) gesendet, sobald eine Verbindung besteht. Ohne Verbindung nutzen Sie ein Paket auf einem USB-Stick.</translation>
    </message>
    <message>
        <source>Results the LRS refused:</source>
        <translation>Vom LRS abgelehnte Ergebnisse:</translation>
    </message>
    <message>
        <source>Asking the LRS…</source>
        <translation>LRS wird abgefragt…</translation>
    </message>
    <message>
        <source>Sending and receiving…</source>
        <translation>Wird gesendet und empfangen…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Paket wird geschrieben…</translation>
    </message>
    <message>
        <source>Wrote %1 results to %2.</source>
        <translation>%1 Ergebnisse in %2 geschrieben.</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>Paket wird gelesen…</translation>
    </message>
    <message>
        <source>Send and receive results by themselves when there is a connection</source>
        <translation>Ergebnisse automatisch senden und empfangen, wenn eine Verbindung besteht</translation>
    </message>
    <message>
        <source>Saved. Results stay on this PC until the LRS address, key and secret are all filled in.</source>
        <translation>Gespeichert. Die Ergebnisse bleiben auf diesem PC, bis LRS-Adresse, Schlüssel und Geheimnis ausgefüllt sind.</translation>
    </message>
    <message>
        <source>Saved. Results are sent to the LRS whenever there is a connection.</source>
        <translation>Gespeichert. Die Ergebnisse gehen an das LRS, sobald eine Verbindung besteht.</translation>
    </message>
    <message>
        <source>Saved. Results are sent only when you press Sync now.</source>
        <translation>Gespeichert. Die Ergebnisse werden nur gesendet, wenn Sie „Jetzt synchronisieren“ drücken.</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Paket importieren</translation>
    </message>
    <message numerus="yes">
        <source>No LRS is set up on this PC, so results are not sent anywhere yet. They are kept safely on this PC: nothing is lost (%n result(s) so far). To send them to the centre&apos;s record store, type the LRS address, key and secret that your coordinator gives you, press Test connection, then Save. Without a connection, carry the results to another PC with Export a bundle (USB).</source>
        <translation>
            <numerusform>Auf diesem PC ist kein LRS eingerichtet, deshalb werden die Ergebnisse noch nirgendwohin gesendet. Sie bleiben sicher auf diesem PC, nichts geht verloren (bisher %n Ergebnis). Um sie an den Lerndatenspeicher des Zentrums zu senden, geben Sie LRS-Adresse, Schlüssel und Geheimnis ein, die Sie von Ihrer Koordination bekommen, drücken Sie „Verbindung testen“ und dann „Speichern“. Ohne Verbindung bringen Sie die Ergebnisse mit „Paket exportieren (USB)“ auf einen anderen PC.</numerusform>
            <numerusform>Auf diesem PC ist kein LRS eingerichtet, deshalb werden die Ergebnisse noch nirgendwohin gesendet. Sie bleiben sicher auf diesem PC, nichts geht verloren (bisher %n Ergebnisse). Um sie an den Lerndatenspeicher des Zentrums zu senden, geben Sie LRS-Adresse, Schlüssel und Geheimnis ein, die Sie von Ihrer Koordination bekommen, drücken Sie „Verbindung testen“ und dann „Speichern“. Ohne Verbindung bringen Sie die Ergebnisse mit „Paket exportieren (USB)“ auf einen anderen PC.</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>Zuletzt gesendet: %1</translation>
    </message>
    <message>
        <source>Last received: %1</source>
        <translation>Zuletzt empfangen: %1</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>Noch zu senden: %1</translation>
    </message>
    <message>
        <source>Results are sent only when you press Sync now.</source>
        <translation>Die Ergebnisse werden nur gesendet, wenn Sie „Jetzt synchronisieren“ drücken.</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Letztes Problem: %1</translation>
    </message>
    <message>
        <source>Imported %1 new results of %2.</source>
        <translation>%1 neue von %2 Ergebnissen importiert.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Etwas hat nicht geklappt: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2.</source>
        <translation>Gesendet: %1, empfangen: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) refused by the LRS (listed below).</source>
        <translation>
            <numerusform>%n Ergebnis wurde vom LRS abgelehnt (siehe unten).</numerusform>
            <numerusform>%n Ergebnisse wurden vom LRS abgelehnt (siehe unten).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
</context>
<context>
    <name>TextSizeButtons</name>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl and minus)</source>
        <translation>Kleinere Schrift (Strg und Minus)</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>Bigger text (Ctrl and plus)</source>
        <translation>Größere Schrift (Strg und Plus)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text size %1</source>
        <translation>Textgröße %1</translation>
    </message>
</context>
<context>
    <name>TrainerAssessmentScreen</name>
    <message>
        <source>Competence</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Observed level, 0 (not yet) to 8</source>
        <translation>Beobachtete Stufe, 0 (noch nicht) bis 8</translation>
    </message>
    <message>
        <source>Task you watched</source>
        <translation>Beobachtete Aufgabe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Day you watched the task</source>
        <translation>Tag der Beobachtung</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Einschätzung speichern</translation>
    </message>
    <message>
        <source>Self-assessed and trainer levels</source>
        <translation>Stufen laut Selbsteinschätzung und Kursleitung</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Kursleitung</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Save profile as PDF</source>
        <translation>Profil als PDF speichern</translation>
    </message>
    <message>
        <source>Save Europass text</source>
        <translation>Europass-Text speichern</translation>
    </message>
    <message>
        <source>Save Open Badges</source>
        <translation>Open Badges speichern</translation>
    </message>
    <message>
        <source>Observed level</source>
        <translation>Beobachtete Stufe</translation>
    </message>
    <message>
        <source>Task watched</source>
        <translation>Beobachtete Aufgabe</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Erledigte Schritte</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Assess %1</source>
        <translation>%1 einschätzen</translation>
    </message>
    <message>
        <source>Flagged rows differ by 2 levels or more.</source>
        <translation>Markierte Zeilen weichen um 2 Stufen oder mehr voneinander ab.</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>Keine Checkliste</translation>
    </message>
    <message>
        <source>Differs by 2 or more</source>
        <translation>Abweichung um 2 oder mehr</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>Saved: level %1 for %2.</source>
        <translation>Gespeichert: Stufe %1 für %2.</translation>
    </message>
    <message>
        <source>Saved: “not yet” for %1.</source>
        <translation>Gespeichert: „noch nicht“ für %1.</translation>
    </message>
</context>
<context>
    <name>TrainerConfirm</name>
    <message>
        <source>A trainer confirms</source>
        <translation>Bestätigung durch die Kursleitung</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Kursleitung</translation>
    </message>
    <message>
        <source>Trainer&apos;s password</source>
        <translation>Passwort der Kursleitung</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>That password is not right. Please try again.</source>
        <translation>Dieses Passwort stimmt nicht. Bitte versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>TrainerCourses</name>
    <message>
        <source>Courses on this PC</source>
        <translation>Kurse auf diesem PC</translation>
    </message>
    <message>
        <source>Import a course from a file…</source>
        <translation>Kurs aus einer Datei importieren…</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>Courses come with SkillsApp. You can add new ones from a .zip file, for example from a USB stick. A file is checked before anything is installed.</source>
        <translation>Kurse sind in SkillsApp enthalten. Neue Kurse können Sie aus einer .zip-Datei hinzufügen, zum Beispiel von einem USB-Stick. Jede Datei wird geprüft, bevor etwas installiert wird.</translation>
    </message>
    <message>
        <source>%1  ·  version %2  ·  %3</source>
        <translation>%1  ·  Version %2  ·  %3</translation>
    </message>
    <message>
        <source>Choose a course file</source>
        <translation>Kursdatei auswählen</translation>
    </message>
    <message>
        <source>Course packs (*.zip)</source>
        <translation>Kurspakete (*.zip)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Datei wird geprüft…</translation>
    </message>
    <message>
        <source>Checking the course file…</source>
        <translation>Die Kursdatei wird geprüft…</translation>
    </message>
    <message>
        <source>Install this course?</source>
        <translation>Diesen Kurs installieren?</translation>
    </message>
    <message>
        <source>%1
Version %2
Languages: %3

%4

Install it on this PC?</source>
        <translation>%1
Version %2
Sprachen: %3

%4

Auf diesem PC installieren?</translation>
    </message>
    <message>
        <source>Nothing was installed.</source>
        <translation>Es wurde nichts installiert.</translation>
    </message>
    <message>
        <source>Installing the course…</source>
        <translation>Der Kurs wird installiert…</translation>
    </message>
    <message>
        <source>“%1” version %2 is installed. Residents find it among the courses now.</source>
        <translation>„%1“ Version %2 ist installiert. Die Teilnehmenden finden den Kurs jetzt bei den Kursen.</translation>
    </message>
    <message>
        <source>This course pack cannot be used, so nothing was installed. Please send it back to its author with this list:</source>
        <translation>Dieses Kurspaket kann nicht verwendet werden, daher wurde nichts installiert. Bitte schicken Sie es mit dieser Liste an die Person zurück, die es erstellt hat:</translation>
    </message>
    <message>
        <source>The file could not be read (%1). Nothing was installed.</source>
        <translation>Die Datei konnte nicht gelesen werden (%1). Es wurde nichts installiert.</translation>
    </message>
</context>
<context>
    <name>TrainerForm</name>
    <message>
        <source>New trainer</source>
        <translation>Neue Kursleitung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Passwort (mindestens 8 Zeichen)</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>TrainerHome</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Kursleitungen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Dieser PC</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Arbeit läuft</translation>
    </message>
    <message>
        <source>%1 The other tabs wait until this is done.</source>
        <translation>%1 Die anderen Reiter warten, bis das erledigt ist.</translation>
    </message>
</context>
<context>
    <name>TrainerSignIn</name>
    <message>
        <source>Trainer</source>
        <translation>Kursleitung</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Trainer sign-in</source>
        <translation>Anmeldung für die Kursleitung</translation>
    </message>
    <message>
        <source>That password is not right. Please try again.</source>
        <translation>Dieses Passwort stimmt nicht. Bitte versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>TrainerWords</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>TrainersTab</name>
    <message>
        <source>Trainers</source>
        <translation>Kursleitungen</translation>
    </message>
    <message>
        <source>New trainer</source>
        <translation>Neue Kursleitung</translation>
    </message>
    <message>
        <source>Close account</source>
        <translation>Konto schließen</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>Added the trainer account of %1. They sign in with their password.</source>
        <translation>Trainerkonto von %1 angelegt. Die Anmeldung erfolgt mit dem eigenen Passwort.</translation>
    </message>
    <message>
        <source>Closed the account of %1.</source>
        <translation>Konto von %1 geschlossen.</translation>
    </message>
</context>
<context>
    <name>UpdatingScreen</name>
    <message>
        <source>SkillsApp was updated and is bringing this PC&apos;s records up to date. This happens once; nothing is lost.</source>
        <translation>SkillsApp wurde aktualisiert und bringt die Daten dieses PCs auf den neuesten Stand. Das geschieht einmal; nichts geht verloren.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Updating the records</source>
        <translation>Die Daten werden aktualisiert</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 von %2 Einträgen</translation>
    </message>
</context>
<context>
    <name>WaitingScreen</name>
    <message>
        <source>The courses are being prepared. Your screen opens by itself in a moment.</source>
        <translation>Die Kurse werden vorbereitet. Ihr Bildschirm öffnet sich gleich von selbst.</translation>
    </message>
    <message>
        <source>Preparing the courses</source>
        <translation>Die Kurse werden vorbereitet</translation>
    </message>
    <message>
        <source>One moment, please</source>
        <translation>Einen Moment, bitte</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Column headings</source>
        <translation>Spaltenüberschriften</translation>
    </message>
    <message>
        <source>Row headings</source>
        <translation>Zeilenüberschriften</translation>
    </message>
</context>
<context>
    <name>WorkProgress</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Step 1 of 2: reading the bundle (%1 of %2 results)</source>
        <translation>Schritt 1 von 2: Paket wird gelesen (%1 von %2 Ergebnissen)</translation>
    </message>
    <message>
        <source>Step 2 of 2: saving the results and updating everyone&apos;s progress</source>
        <translation>Schritt 2 von 2: Ergebnisse werden gespeichert und der Fortschritt aller wird aktualisiert</translation>
    </message>
    <message>
        <source>Writing the bundle: %1 of %2 results</source>
        <translation>Paket wird geschrieben: %1 von %2 Ergebnissen</translation>
    </message>
    <message>
        <source>Sending results to the LRS: %1 of %2</source>
        <translation>Ergebnisse werden an das LRS gesendet: %1 von %2</translation>
    </message>
    <message>
        <source>Receiving results from the LRS: %1 so far</source>
        <translation>Ergebnisse werden vom LRS empfangen: bisher %1</translation>
    </message>
</context>
</TS>
