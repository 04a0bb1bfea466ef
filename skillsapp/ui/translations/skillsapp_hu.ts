<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu_HU">
<context>
    <name>AssessmentResultScreen</name>
    <message>
        <source>Courses that help you with the next step:</source>
        <translation>Tanfolyamok, amelyek segítenek a következő lépésben:</translation>
    </message>
    <message>
        <source>Start the course %1</source>
        <translation>A tanfolyam elindítása: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Kész</translation>
    </message>
    <message>
        <source>You have not done a self-assessment yet.</source>
        <translation>Még nem végzett önértékelést.</translation>
    </message>
    <message>
        <source>You are confident with %1.</source>
        <translation>Ebben már magabiztos: %1.</translation>
    </message>
    <message>
        <source>You have made a start, and that is what counts.</source>
        <translation>Elkezdte, és ez a lényeg.</translation>
    </message>
    <message>
        <source>%1 is the next step.</source>
        <translation>A következő lépés: %1.</translation>
    </message>
    <message>
        <source>You know more about %1 than you thought.</source>
        <translation>A(z) „%1” témában többet tud, mint gondolta.</translation>
    </message>
    <message>
        <source>You can do more with %1 than you thought.</source>
        <translation>A(z) „%1” témában többre képes, mint gondolta.</translation>
    </message>
    <message>
        <source>%1 is worth another look: a course can help you feel sure.</source>
        <translation>%1: érdemes újra átnézni – egy tanfolyam segít, hogy biztos legyen benne.</translation>
    </message>
    <message>
        <source>What you said of yourself, since last time:</source>
        <translation>Amit önmagáról mondott, a legutóbbi alkalom óta:</translation>
    </message>
    <message>
        <source>%1: %2 before, %3 now</source>
        <translation>%1: korábban %2, most %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>még nem</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>%1. szint</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign a course to %1</source>
        <translation>Tanfolyam kiosztása: %1</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Tanfolyam</translation>
    </message>
    <message>
        <source>Finish by a day</source>
        <translation>Határidővel</translation>
    </message>
    <message>
        <source>Day to finish by</source>
        <translation>Határidő</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Kiosztás</translation>
    </message>
</context>
<context>
    <name>CertificateList</name>
    <message>
        <source>What was saved</source>
        <translation>Mi lett mentve</translation>
    </message>
    <message>
        <source>%1, finished on %2</source>
        <translation>%1, befejezve: %2</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Nyomtatás…</translation>
    </message>
    <message>
        <source>Print the certificate: %1</source>
        <translation>Tanúsítvány nyomtatása: %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Mentés PDF-ként…</translation>
    </message>
    <message>
        <source>Save the certificate as PDF: %1</source>
        <translation>Tanúsítvány mentése PDF-ként: %1</translation>
    </message>
</context>
<context>
    <name>CertificatePaper</name>
    <message>
        <source>Certificate – %1 – %2</source>
        <translation>Tanúsítvány – %1 – %2</translation>
    </message>
    <message>
        <source>%1 %2: level %3 (%4)</source>
        <translation>%1 %2: %3. szint (%4)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Tanúsítvány</translation>
    </message>
    <message>
        <source>This certificate is awarded to</source>
        <translation>A tanúsítvány tulajdonosa:</translation>
    </message>
    <message>
        <source>for completing the course</source>
        <translation>aki elvégezte a következő tanfolyamot:</translation>
    </message>
    <message>
        <source>Completed on %1</source>
        <translation>Elvégzés dátuma: %1</translation>
    </message>
    <message>
        <source>Digital competences trained (%1)</source>
        <translation>Fejlesztett digitális kompetenciák (%1)</translation>
    </message>
    <message>
        <source>The centre can check this code in SkillsApp: Reports, “Check a certificate”.</source>
        <translation>A központ a SkillsAppban ellenőrizheti ezt a kódot: Jelentések, „Tanúsítvány ellenőrzése”.</translation>
    </message>
    <message>
        <source>Check code: %1</source>
        <translation>Ellenőrző kód: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Oktató</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <source>My certificates</source>
        <translation>Tanúsítványaim</translation>
    </message>
    <message>
        <source>When you finish a course, its certificate appears here.</source>
        <translation>Ha befejez egy tanfolyamot, itt jelenik meg a tanúsítványa.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Vissza</translation>
    </message>
</context>
<context>
    <name>ChoiceInput</name>
    <message>
        <source>True</source>
        <translation>Igaz</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Hamis</translation>
    </message>
    <message>
        <source>Choose every right answer.</source>
        <translation>Jelölje be az összes helyes választ.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 problem(s) and %2 warning(s) found.</source>
        <translation>Talált problémák: %1, figyelmeztetések: %2.</translation>
    </message>
    <message>
        <source>%1 results were refused by the LRS; a trainer can see why in the app.</source>
        <translation>Az LRS %1 eredményt elutasított; az oktató az alkalmazásban látja, miért.</translation>
    </message>
    <message>
        <source>Centre key (from the centre&apos;s recovery sheet): </source>
        <translation>Központi kulcs (a központ helyreállítási lapjáról): </translation>
    </message>
    <message>
        <source>Digital-skills training for community centres.</source>
        <translation>Digitális készségek oktatása közösségi házaknak.</translation>
    </message>
    <message>
        <source>Everything checked is fine.</source>
        <translation>Minden ellenőrzött rendben van.</translation>
    </message>
    <message>
        <source>Imported the bundle of %1: %2 new of %3 results.</source>
        <translation>A(z) %1 csomagja beolvasva: %3 eredményből %2 új.</translation>
    </message>
    <message>
        <source>Installed “%1” version %2.</source>
        <translation>Telepítve: „%1”, %2. verzió.</translation>
    </message>
    <message>
        <source>No LRS is set for this centre: set it in the trainer settings, or set SKILLSAPP_LRS_URL, SKILLSAPP_LRS_KEY and SKILLSAPP_LRS_SECRET.</source>
        <translation>Ehhez a központhoz nincs LRS beállítva: állítsa be az oktatói beállításokban, vagy adja meg a SKILLSAPP_LRS_URL, SKILLSAPP_LRS_KEY és SKILLSAPP_LRS_SECRET változót.</translation>
    </message>
    <message>
        <source>No centre key is set on this PC: learner profiles are not sent.</source>
        <translation>Ezen a gépen nincs központi kulcs: a tanulók adatlapjai nem kerülnek elküldésre.</translation>
    </message>
    <message>
        <source>No problems; %1 warning(s) worth a look.</source>
        <translation>Nincs probléma; érdemes megnézni %1 figyelmeztetést.</translation>
    </message>
    <message>
        <source>No usable backup was found; SkillsApp will start with empty records.</source>
        <translation>Nem található használható biztonsági mentés; a SkillsApp üres adatokkal indul.</translation>
    </message>
    <message>
        <source>On a PC that has no centre yet, the centre key is asked for (or read from SKILLSAPP_CENTRE_KEY).</source>
        <translation>Olyan gépen, amely még nem tartozik központhoz, a program bekéri a központi kulcsot (vagy a SKILLSAPP_CENTRE_KEY változóból olvassa).</translation>
    </message>
    <message>
        <source>Reading the bundle: %1 of %2 results</source>
        <translation>A csomag olvasása: %2 eredményből %1</translation>
    </message>
    <message>
        <source>Receiving from the LRS: %1 results so far</source>
        <translation>Fogadás az LRS-től: eddig %1 eredmény</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translation>A(z) %1 biztonsági mentés visszaállítva.</translation>
    </message>
    <message>
        <source>Saved the certificate as PDF: %1</source>
        <translation>A tanúsítvány PDF-ként mentve: %1</translation>
    </message>
    <message>
        <source>Saved the report as PDF: %1</source>
        <translation>A jelentés PDF-ként mentve: %1</translation>
    </message>
    <message>
        <source>Saved the table as CSV: %1</source>
        <translation>A táblázat CSV-ként mentve: %1</translation>
    </message>
    <message>
        <source>Saved the table for other programs as CSV: %1</source>
        <translation>A más programoknak szóló táblázat CSV-ként mentve: %1</translation>
    </message>
    <message>
        <source>Saving the results and updating progress: step %1 of %2</source>
        <translation>Eredmények mentése és a haladás frissítése: %2 lépésből %1.</translation>
    </message>
    <message>
        <source>Sending to the LRS: %1 of %2 results</source>
        <translation>Küldés az LRS-nek: %2 eredményből %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2.</source>
        <translation>Elküldve: %1, fogadva: %2.</translation>
    </message>
    <message>
        <source>Sync is switched off in the trainer settings.</source>
        <translation>A szinkronizálás ki van kapcsolva az oktatói beállításokban.</translation>
    </message>
    <message>
        <source>The bundle could not be written to %1: %2.</source>
        <translation>A csomagot nem sikerült ide írni: %1 (%2).</translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>Az előző adatbázis megmaradt ezen a néven: %1.</translation>
    </message>
    <message>
        <source>There are no records in %1 yet.</source>
        <translation>Itt még nincsenek adatok: %1.</translation>
    </message>
    <message>
        <source>There is no database in %1; nothing to restore.</source>
        <translation>Itt nincs adatbázis: %1; nincs mit visszaállítani.</translation>
    </message>
    <message>
        <source>This PC has no centre yet. To join one, type the centre key from the recovery sheet when asked, or set SKILLSAPP_CENTRE_KEY.</source>
        <translation>Ez a gép még nem tartozik központhoz. A csatlakozáshoz írja be kérésre a helyreállítási lapon lévő központi kulcsot, vagy adja meg a SKILLSAPP_CENTRE_KEY változót.</translation>
    </message>
    <message>
        <source>This PC has no centre yet; there is nothing to export.</source>
        <translation>Ez a gép még nem tartozik központhoz; nincs mit exportálni.</translation>
    </message>
    <message>
        <source>This PC has not been set up for a centre yet.</source>
        <translation>Ez a gép még nincs beállítva egy központhoz sem.</translation>
    </message>
    <message>
        <source>This PC now belongs to %1.</source>
        <translation>Ez a gép mostantól ehhez a központhoz tartozik: %1.</translation>
    </message>
    <message>
        <source>Updating the records after an update: %1 of %2</source>
        <translation>Az adatok frissítése a program frissítése után: %2 közül %1</translation>
    </message>
    <message>
        <source>Writing the bundle: %1 of %2 results</source>
        <translation>A csomag írása: %2 eredményből %1</translation>
    </message>
    <message>
        <source>Wrote %1 results of %2 to %3.</source>
        <translation>%1 eredmény (%2) kiírva ide: %3.</translation>
    </message>
    <message>
        <source>check course packs (folders or .zip), item banks and checklists</source>
        <translation>kurzuscsomagok (mappák vagy .zip), állításbankok és ellenőrzőlisták ellenőrzése</translation>
    </message>
    <message>
        <source>check or import course packs</source>
        <translation>kurzuscsomagok ellenőrzése vagy telepítése</translation>
    </message>
    <message>
        <source>check, offscreen and in a temporary folder, that the app works</source>
        <translation>képernyő nélkül, egy ideiglenes mappában ellenőrzi, hogy működik-e az alkalmazás</translation>
    </message>
    <message>
        <source>export or import a sync bundle (USB)</source>
        <translation>szinkronizálási csomag exportálása vagy beolvasása (USB)</translation>
    </message>
    <message>
        <source>first day, e.g. 2026-01-01</source>
        <translation>első nap, pl. 2026-01-01</translation>
    </message>
    <message>
        <source>install a course pack from a .zip</source>
        <translation>kurzuscsomag telepítése .zip fájlból</translation>
    </message>
    <message>
        <source>last day, e.g. 2026-06-30</source>
        <translation>utolsó nap, pl. 2026-06-30</translation>
    </message>
    <message>
        <source>merge a bundle FILE</source>
        <translation>egy FILE csomag beolvasása</translation>
    </message>
    <message>
        <source>only results stored since this day (YYYY-MM-DD)</source>
        <translation>csak az e nap óta mentett eredmények (ÉÉÉÉ-HH-NN)</translation>
    </message>
    <message>
        <source>open the demo centre</source>
        <translation>a bemutató központ megnyitása</translation>
    </message>
    <message>
        <source>put a damaged database aside and restore the newest automatic backup</source>
        <translation>a sérült adatbázis félretétele és a legújabb automatikus mentés visszaállítása</translation>
    </message>
    <message>
        <source>save the report as PDF here</source>
        <translation>a jelentés mentése ide PDF-ként</translation>
    </message>
    <message>
        <source>save the table as the screen shows it (in the report&apos;s language) as CSV</source>
        <translation>a táblázat mentése CSV-ként úgy, ahogy a képernyő mutatja (a jelentés nyelvén)</translation>
    </message>
    <message>
        <source>save the table for other programs (codes) as CSV here</source>
        <translation>a más programoknak szóló táblázat (kódok) mentése ide CSV-ként</translation>
    </message>
    <message>
        <source>the report&apos;s language (default: the centre&apos;s; for a certificate, the learner&apos;s)</source>
        <translation>a jelentés nyelve (alapértelmezés: a központé; tanúsítványnál a tanulóé)</translation>
    </message>
    <message>
        <source>send and receive results with the centre&apos;s LRS once</source>
        <translation>eredmények egyszeri küldése és fogadása a központ LRS-ével</translation>
    </message>
    <message>
        <source>show a report, or save it as CSV or PDF</source>
        <translation>jelentés megjelenítése vagy mentése CSV-ként vagy PDF-ként</translation>
    </message>
    <message>
        <source>start, paint the first screen and exit (with --demo: create the demo first)</source>
        <translation>indítás, az első képernyő kirajzolása, majd kilépés (--demo esetén előbb a bemutató létrehozása)</translation>
    </message>
    <message>
        <source>the course&apos;s id, for a certificate</source>
        <translation>a tanfolyam azonosítója, tanúsítványhoz</translation>
    </message>
    <message>
        <source>the group&apos;s name</source>
        <translation>a csoport neve</translation>
    </message>
    <message>
        <source>the learner&apos;s first name or id</source>
        <translation>a tanuló keresztneve vagy azonosítója</translation>
    </message>
    <message>
        <source>write the centre&apos;s results to FILE</source>
        <translation>a központ eredményeinek kiírása a FILE fájlba</translation>
    </message>
</context>
<context>
    <name>CompetenceChart</name>
    <message>
        <source>Your competence chart</source>
        <translation>Az Ön készségeinek ábrája</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message numerus="yes">
        <source>About %n minutes</source>
        <translation>
            <numerusform>Körülbelül %n perc</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lessons</source>
        <translation>%1 / %2 lecke</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>befejezve</translation>
    </message>
    <message>
        <source>%1 of %2 lessons done</source>
        <translation>%2 leckéből %1 kész</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>még nincs elkezdve</translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message>
        <source>Start the course</source>
        <translation>A tanfolyam elkezdése</translation>
    </message>
    <message>
        <source>Read the first lesson again</source>
        <translation>Az első lecke újraolvasása</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Folytatás</translation>
    </message>
    <message>
        <source>Back to my courses</source>
        <translation>Vissza a tanfolyamaimhoz</translation>
    </message>
    <message>
        <source>done</source>
        <translation>kész</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>még nincs kész</translation>
    </message>
    <message>
        <source>You finished this course. Well done!</source>
        <translation>Befejezte ezt a tanfolyamot. Szép munka!</translation>
    </message>
    <message>
        <source>%1 of %2 lessons done.</source>
        <translation>%2 leckéből %1 kész.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Group</source>
        <translation>Csoport</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Nézet</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Tanfolyamok</translation>
    </message>
    <message>
        <source>Competence areas</source>
        <translation>Kompetenciaterületek</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Betöltés…</translation>
    </message>
    <message>
        <source>Learners and their progress</source>
        <translation>A tanulók és a haladásuk</translation>
    </message>
    <message>
        <source>Latest sessions</source>
        <translation>Legutóbbi alkalmak</translation>
    </message>
    <message>
        <source>No groups yet. Make one in the Groups tab.</source>
        <translation>Még nincs csoport. A Csoportok lapon hozhat létre egyet.</translation>
    </message>
    <message>
        <source>“!”: may need help (did not pass the same quiz 3 times, or no progress for 2 weeks). Press Enter or double-click a learner to open their page.</source>
        <translation>„!”: segítségre lehet szüksége (háromszor nem sikerült ugyanaz a kvíz, vagy 2 hete nincs előrehaladás). A tanuló oldalát Enterrel vagy dupla kattintással nyithatja meg.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Tanuló</translation>
    </message>
    <message>
        <source>Days here (30 days)</source>
        <translation>Jelenléti napok (30 nap)</translation>
    </message>
    <message>
        <source>may need help</source>
        <translation>segítségre szorulhat</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>még nem</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>szint: %1</translation>
    </message>
    <message>
        <source>%1 learners; %2 may need help.</source>
        <translation>%1 tanuló; %2 segítségre szorulhat.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 perc</translation>
    </message>
    <message>
        <source>did not sign out</source>
        <translation>nem jelentkezett ki</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ kész</translation>
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
            <numerusform>%n alkalommal nem sikerült egy kvíz</numerusform>
        </translation>
    </message>
    <message>
        <source>no progress for 2 weeks</source>
        <translation>2 hete nincs előrehaladás</translation>
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
        <translation>Kalibrálás: önértékelés és bizonyítékok</translation>
    </message>
    <message>
        <source>Your levels, and what they rest on</source>
        <translation>Az Ön szintjei és amin alapulnak</translation>
    </message>
    <message>
        <source>%1 (course quizzes)</source>
        <translation>%1 (tanfolyami kvízek)</translation>
    </message>
    <message>
        <source>Said</source>
        <translation>Saját értékelés</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Tudás</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>Elvégezte</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Megfigyelt</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Következtetés</translation>
    </message>
    <message>
        <source>You said</source>
        <translation>Az Ön értékelése</translation>
    </message>
    <message>
        <source>The questions showed</source>
        <translation>A kérdések szerint</translation>
    </message>
    <message>
        <source>Practice showed</source>
        <translation>A gyakorlás szerint</translation>
    </message>
    <message>
        <source>Your trainer saw</source>
        <translation>Az oktató látta</translation>
    </message>
    <message>
        <source>Your level</source>
        <translation>Az Ön szintje</translation>
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
        <translation>beszéljék meg</translation>
    </message>
    <message>
        <source>%1 below</source>
        <translation>%1 szinttel alatta</translation>
    </message>
    <message>
        <source>%1 above</source>
        <translation>%1 szinttel felette</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>még nem</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>%1. szint</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Add %1 to a group</source>
        <translation>%1 hozzáadása egy csoporthoz</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Csoport</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hozzáadás</translation>
    </message>
    <message>
        <source>No groups yet. Make one in the Groups tab.</source>
        <translation>Még nincs csoport. A Csoportok lapon hozhat létre egyet.</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Groups</source>
        <translation>Csoportok</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Új csoport</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>A csoport neve</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Tagok</translation>
    </message>
    <message>
        <source>Courses for this group</source>
        <translation>A csoport tanfolyamai</translation>
    </message>
    <message>
        <source>Finish the courses by</source>
        <translation>A tanfolyamok határideje</translation>
    </message>
    <message>
        <source>Day to finish by</source>
        <translation>Határidő</translation>
    </message>
    <message>
        <source>Made the group “%1”. Now choose its members and courses.</source>
        <translation>Elkészült a csoport: „%1”. Most válassza ki a tagjait és a tanfolyamait.</translation>
    </message>
    <message>
        <source>Archived the group “%1”.</source>
        <translation>A csoport archiválva: „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n tanfolyam</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the group “%1”: %2, %3, to finish by %4.</source>
        <translation>A csoport mentve: „%1” – %2, %3, határidő: %4.</translation>
    </message>
    <message>
        <source>Saved the group “%1”: %2, %3.</source>
        <translation>A csoport mentve: „%1” – %2, %3.</translation>
    </message>
    <message>
        <source>Archive this group</source>
        <translation>A csoport archiválása</translation>
    </message>
    <message>
        <source>Save the group</source>
        <translation>A csoport mentése</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ami történt</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Tanfolyamok</translation>
    </message>
    <message>
        <source>A group&apos;s courses are assigned to every member; they see them first.</source>
        <translation>A csoport tanfolyamait minden tag megkapja, és ezeket látják elsőként.</translation>
    </message>
</context>
<context>
    <name>JoinCentre</name>
    <message>
        <source>LRS address</source>
        <translation>LRS-cím</translation>
    </message>
    <message>
        <source>LRS key</source>
        <translation>LRS-kulcs</translation>
    </message>
    <message>
        <source>LRS secret</source>
        <translation>LRS titkos kulcs</translation>
    </message>
    <message>
        <source>Centre key</source>
        <translation>A központ kulcsa</translation>
    </message>
    <message>
        <source>from the centre&apos;s recovery sheet</source>
        <translation>a központ helyreállítási lapjáról</translation>
    </message>
    <message>
        <source>Join through the LRS</source>
        <translation>Csatlakozás az LRS-en keresztül</translation>
    </message>
    <message>
        <source>Join from a bundle file…</source>
        <translation>Csatlakozás csomagfájlból…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Vissza</translation>
    </message>
    <message>
        <source>Join an existing centre</source>
        <translation>Csatlakozás egy meglévő központhoz</translation>
    </message>
    <message>
        <source>This PC gets the centre&apos;s learners and all their results. Type the centre key from the recovery sheet, then the centre&apos;s LRS details, or use a bundle file another PC of the centre saved on a USB stick.</source>
        <translation>Ez a gép megkapja a központ tanulóit és minden eredményüket. Írja be a központ kulcsát a helyreállítási lapról, majd a központ LRS-adatait, vagy használjon egy csomagfájlt, amelyet a központ egy másik gépe USB-kulcsra mentett.</translation>
    </message>
    <message>
        <source>Please fill in the centre key and all LRS details.</source>
        <translation>Kérjük, adja meg a központ kulcsát és az összes LRS-adatot.</translation>
    </message>
    <message>
        <source>Choose the bundle file</source>
        <translation>Válassza ki a csomagfájlt</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>Csomagok (*.zip)</translation>
    </message>
    <message>
        <source>Please type the centre key first.</source>
        <translation>Kérjük, először írja be a központ kulcsát.</translation>
    </message>
    <message>
        <source>Joining the centre… this can take a few minutes.</source>
        <translation>Csatlakozás a központhoz… Ez néhány percig is eltarthat.</translation>
    </message>
    <message>
        <source>Joining failed: %1</source>
        <translation>A csatlakozás nem sikerült: %1</translation>
    </message>
</context>
<context>
    <name>LearnerCertificates</name>
    <message>
        <source>Certificates of %1</source>
        <translation>%1 tanúsítványai</translation>
    </message>
    <message>
        <source>%1 has not finished a course yet.</source>
        <translation>%1 még nem fejezett be tanfolyamot.</translation>
    </message>
    <message>
        <source>Certificates are printed in the learner&apos;s language: %1.</source>
        <translation>A tanúsítványok a tanuló nyelvén készülnek: %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
</context>
<context>
    <name>LearnerCompetences</name>
    <message>
        <source>Only where self-rating and evidence disagree</source>
        <translation>Csak ahol az önértékelés és a bizonyítékok eltérnek</translation>
    </message>
    <message>
        <source>The level concluded rests on the strongest evidence: observed, then did, then known (questions and course quizzes), then said.</source>
        <translation>A következtetés a legerősebb bizonyítékon alapul: megfigyelt, aztán elvégezte, aztán tudás (kérdések és tanfolyami kvízek), végül saját értékelés.</translation>
    </message>
</context>
<context>
    <name>LearnerForm</name>
    <message>
        <source>New learner</source>
        <translation>Új tanuló</translation>
    </message>
    <message>
        <source>Edit learner</source>
        <translation>Tanuló adatainak módosítása</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Keresztnév</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kód</translation>
    </message>
    <message>
        <source>4 to 6 numbers, or leave empty for no PIN</source>
        <translation>4–6 számjegy, vagy hagyja üresen, ha nem kell PIN-kód</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN</source>
        <translation>Hagyja üresen, ha a jelenlegi PIN-kód marad</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>PIN-kód törlése</translation>
    </message>
    <message>
        <source>Colour of the tile</source>
        <translation>A kártya színe</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>%1. szín</translation>
    </message>
    <message>
        <source>Picture on the tile</source>
        <translation>Kép a kártyán</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <source>Gender (optional)</source>
        <translation>Neme (nem kötelező)</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Nem kívánja megadni</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Nő</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Férfi</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>Egyéb</translation>
    </message>
    <message>
        <source>Age (optional)</source>
        <translation>Életkor (nem kötelező)</translation>
    </message>
    <message>
        <source>Agrees that the centre keeps their learning records (needed)</source>
        <translation>Hozzájárul, hogy a központ megőrizze a tanulási adatait (kötelező)</translation>
    </message>
    <message>
        <source>Agrees that their results are counted, without their name, by the programme</source>
        <translation>Hozzájárul, hogy a program név nélkül, statisztikai célra felhasználja az eredményeit</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Szín</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Kép</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Neme</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Életkor</translation>
    </message>
    <message>
        <source>First letter</source>
        <translation>Kezdőbetű</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Nap</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Csillag</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Szív</translation>
    </message>
    <message>
        <source>Flower</source>
        <translation>Virág</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Ház</translation>
    </message>
    <message>
        <source>Music note</source>
        <translation>Hangjegy</translation>
    </message>
    <message>
        <source>Snowflake</source>
        <translation>Hópehely</translation>
    </message>
    <message>
        <source>Umbrella</source>
        <translation>Esernyő</translation>
    </message>
</context>
<context>
    <name>LearnerPage</name>
    <message>
        <source>Quiz answers</source>
        <translation>Kvízválaszok</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kérdés</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Válasz</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Eredmény</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Előzmények</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Tanfolyamok</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Kompetenciák</translation>
    </message>
    <message>
        <source>Record an observed level…</source>
        <translation>Megfigyelt szint rögzítése…</translation>
    </message>
    <message>
        <source>Assign a course…</source>
        <translation>Tanfolyam kiosztása…</translation>
    </message>
    <message>
        <source>Export this learner&apos;s data…</source>
        <translation>A tanuló adatainak exportálása…</translation>
    </message>
    <message>
        <source>Erase this learner&apos;s data…</source>
        <translation>A tanuló adatainak törlése…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Vissza</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Tanfolyam</translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation>Hol tart</translation>
    </message>
    <message>
        <source>Lessons finished</source>
        <translation>Befejezett leckék</translation>
    </message>
    <message>
        <source>Finish by</source>
        <translation>Határidő</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Elkezdve</translation>
    </message>
    <message>
        <source>Quizzes not passed</source>
        <translation>Nem sikerült kvízek</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Mikor</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ami történt</translation>
    </message>
    <message>
        <source>Add to a group…</source>
        <translation>Hozzáadás csoporthoz…</translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation>Tanúsítványok…</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Csoportok: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nincs</translation>
    </message>
    <message>
        <source>No courses assigned or started yet.</source>
        <translation>Még nincs kiosztott vagy elkezdett tanfolyam.</translation>
    </message>
    <message>
        <source>Time spent learning at the centre: %1 hours.</source>
        <translation>A központban tanulással töltött idő: %1 óra.</translation>
    </message>
    <message>
        <source>Finished on %1</source>
        <translation>Befejezve: %1</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Tanul</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Még nem kezdte el</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Igaz</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Hamis</translation>
    </message>
    <message>
        <source>%1 · quiz of “%2” · %3</source>
        <translation>%1 · kvíz: „%2” · %3</translation>
    </message>
    <message>
        <source>No quiz answers yet.</source>
        <translation>Még nincs kvízválasz.</translation>
    </message>
    <message>
        <source>right (try %1)</source>
        <translation>helyes (%1. próbálkozás)</translation>
    </message>
    <message>
        <source>not right (try %1)</source>
        <translation>nem helyes (%1. próbálkozás)</translation>
    </message>
    <message>
        <source>%1 of %2 right the first time</source>
        <translation>%1/%2 elsőre helyes</translation>
    </message>
    <message>
        <source>Was registered at the centre</source>
        <translation>Regisztrálták a központban</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Bejelentkezett</translation>
    </message>
    <message>
        <source>Was signed out after a while without activity</source>
        <translation>Egy idő után tétlenség miatt kijelentkeztették</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Kijelentkezett</translation>
    </message>
    <message>
        <source>Opened the lesson “%1”</source>
        <translation>Megnyitotta a leckét: „%1”</translation>
    </message>
    <message>
        <source>Finished the lesson “%1”</source>
        <translation>Befejezte a leckét: „%1”</translation>
    </message>
    <message>
        <source>Finished the course “%1”</source>
        <translation>Befejezte a tanfolyamot: „%1”</translation>
    </message>
    <message>
        <source>Passed the quiz of “%1”</source>
        <translation>Sikerült a kvíz: „%1”</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Did not pass the quiz of “%1” yet</source>
        <translation>Még nem sikerült a kvíz: „%1”</translation>
    </message>
    <message>
        <source>Started a quick self-check: %1</source>
        <translation>Rövid önértékelést kezdett: %1</translation>
    </message>
    <message>
        <source>Started the full self-check</source>
        <translation>Elkezdte a teljes önértékelést</translation>
    </message>
    <message>
        <source>Finished a quick self-check: %1</source>
        <translation>Befejezett egy rövid önértékelést: %1</translation>
    </message>
    <message>
        <source>Finished the full self-check</source>
        <translation>Befejezte a teljes önértékelést</translation>
    </message>
    <message>
        <source>Answered %1 of %2 knowledge questions of the self-check right</source>
        <translation>Az önértékelés tudáskérdései: %1 helyes válasz, összesen %2 kérdés</translation>
    </message>
    <message>
        <source>A trainer watched “%1” and recorded “not yet”</source>
        <translation>Egy oktató megfigyelte: „%1”, és ezt rögzítette: „még nem”</translation>
    </message>
    <message>
        <source>A trainer watched “%1” and recorded level %2</source>
        <translation>Egy oktató megfigyelte: „%1”, és %2. szintet rögzített</translation>
    </message>
    <message>
        <source>Answered a question in the quiz of “%1”</source>
        <translation>Válaszolt egy kvízkérdésre: „%1”</translation>
    </message>
    <message>
        <source>Answered a statement of the self-check</source>
        <translation>Válaszolt egy önértékelési állításra</translation>
    </message>
    <message>
        <source>Something a newer SkillsApp recorded (%1)</source>
        <translation>Valami, amit a SkillsApp egy újabb változata rögzített (%1)</translation>
    </message>
    <message>
        <source>Assigned “%1” to %2, to finish by %3.</source>
        <translation>„%1” kiosztva: %2, határidő: %3.</translation>
    </message>
    <message>
        <source>Assigned “%1” to %2.</source>
        <translation>„%1” kiosztva: %2.</translation>
    </message>
    <message>
        <source>%1 is now in the group “%2”.</source>
        <translation>%1 mostantól ennek a csoportnak a tagja: „%2”.</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Válassza ki, hová mentse</translation>
    </message>
    <message>
        <source>Data about %1</source>
        <translation>%1 adatai</translation>
    </message>
    <message>
        <source>What is kept</source>
        <translation>Mit tárolunk</translation>
    </message>
    <message>
        <source>What this PC holds</source>
        <translation>Mi van ezen a gépen</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Semmi sem lett mentve: %1</translation>
    </message>
    <message>
        <source>Saved %1&apos;s data in %2: %3 and %4.</source>
        <translation>%1 adatai mentve ide: %2 (%3 és %4).</translation>
    </message>
    <message>
        <source>Erase this learner&apos;s data?</source>
        <translation>Törli a tanuló adatait?</translation>
    </message>
    <message>
        <source>This removes %1&apos;s profile and every learning record from this PC and the centre&apos;s other PCs. It cannot be undone.

%2</source>
        <translation>Ez törli %1 profilját és minden tanulási adatát erről a gépről és a központ többi gépéről is. Ez nem vonható vissza.

%2</translation>
    </message>
</context>
<context>
    <name>LearnerTile</name>
    <message>
        <source>Sign in as %1</source>
        <translation>Bejelentkezés: %1</translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <source>Learners</source>
        <translation>Tanulók</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Keresztnév</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kód</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Show archived learners</source>
        <translation>Archivált tanulók megjelenítése</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Új tanuló</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Megnyitás</translation>
    </message>
    <message>
        <source>Open the learner&apos;s page</source>
        <translation>A tanuló oldalának megnyitása</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Szerkesztés</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiválás</translation>
    </message>
    <message>
        <source>Unlock PIN</source>
        <translation>PIN-kód feloldása</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ami történt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>igen</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nem</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivált</translation>
    </message>
    <message>
        <source>locked (too many wrong PINs)</source>
        <translation>zárolva (túl sok hibás PIN-kód)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktív</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Visszaállítás</translation>
    </message>
    <message>
        <source>Added %1. Their tile is on the start screen of this PC.</source>
        <translation>%1 hozzáadva. A csempéje ott van a gép kezdőképernyőjén.</translation>
    </message>
    <message>
        <source>Saved the changes to %1&apos;s profile.</source>
        <translation>%1 profiljának módosításai mentve.</translation>
    </message>
    <message>
        <source>Restored %1: their tile is back on the start screen.</source>
        <translation>%1 visszaállítva: a csempéje újra a kezdőképernyőn van.</translation>
    </message>
    <message>
        <source>Archived %1: their tile is gone and their records are kept.</source>
        <translation>%1 archiválva: a csempéje eltűnt, az adatai megmaradnak.</translation>
    </message>
    <message>
        <source>%1 can sign in with their PIN again.</source>
        <translation>%1 újra bejelentkezhet a PIN-kódjával.</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Lesson text</source>
        <translation>A lecke szövege</translation>
    </message>
    <message>
        <source>Check what I learned</source>
        <translation>Ellenőrzöm, mit tanultam</translation>
    </message>
    <message>
        <source>I have finished this lesson</source>
        <translation>Befejeztem ezt a leckét</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Vissza a tanfolyamhoz</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Felolvasás</translation>
    </message>
    <message>
        <source>%1 · Lesson %2 of %3</source>
        <translation>%1 · %2. lecke (összesen %3)</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Felolvasás leállítása</translation>
    </message>
    <message>
        <source>Links are switched off</source>
        <translation>A linkek ki vannak kapcsolva</translation>
    </message>
    <message>
        <source>Opening web pages from lessons is switched off on this PC.</source>
        <translation>Ezen a gépen a leckékből nem lehet weboldalakat megnyitni.</translation>
    </message>
    <message>
        <source>Open a web page?</source>
        <translation>Megnyit egy weboldalt?</translation>
    </message>
    <message>
        <source>This link opens a web page outside SkillsApp, in your web browser:

%1

Do you want to open it?</source>
        <translation>Ez a link egy weboldalt nyit meg a böngészőben, a SkillsApp programon kívül:

%1

Szeretné megnyitni?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Finish</source>
        <translation>Befejezés</translation>
    </message>
    <message>
        <source>Finish and sign out</source>
        <translation>Befejezés és kijelentkezés</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Még itt vagyok</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Kijelentkezés</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? You will be signed out in %n seconds to keep your work private.</source>
        <translation>
            <numerusform>Még itt van? %n másodperc múlva kijelentkeztetjük, hogy mások ne lássák a munkáját.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchInput</name>
    <message>
        <source>Choose…</source>
        <translation>Válasszon…</translation>
    </message>
    <message>
        <source>What goes with “%1”</source>
        <translation>Mi tartozik ehhez: „%1”</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>A PIN is {low} to {high} numbers, for example 4 8 1 5.</source>
        <translation>A PIN-kód {low}–{high} számjegyből áll, például: 4 8 1 5.</translation>
    </message>
    <message>
        <source>A learner&apos;s record</source>
        <translation>Egy tanuló adatai</translation>
    </message>
    <message>
        <source>A web page answered instead of the LRS (a Wi-Fi sign-in page or a wrong address?).</source>
        <translation>Az LRS helyett egy weboldal válaszolt (talán egy Wi-Fi-bejelentkezési oldal, vagy hibás a cím?).</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Haladó</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Korcsoport</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Összesen</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Minden tanuló</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>Egyéb</translation>
    </message>
    <message>
        <source>Attendance counts the days from {day} on.</source>
        <translation>A jelenléti napok számítása ettől a naptól: {day}.</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Alapszint</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Befejezve</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>A kapcsolat működik</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Bontás</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Tanfolyam</translation>
    </message>
    <message>
        <source>Courses completed</source>
        <translation>Elvégzett tanfolyamok</translation>
    </message>
    <message>
        <source>Days present in the last 30 days</source>
        <translation>Jelenléti napok az elmúlt 30 napban</translation>
    </message>
    <message>
        <source>DigComp area</source>
        <translation>DigComp-terület</translation>
    </message>
    <message>
        <source>DigComp levels by area</source>
        <translation>DigComp-szintek területenként</translation>
    </message>
    <message>
        <source>DigComp levels by area from {start} to {end}</source>
        <translation>DigComp-szintek területenként, {start} – {end}</translation>
    </message>
    <message>
        <source>DigComp version {version} is not known.</source>
        <translation>Ismeretlen DigComp-verzió: {version}.</translation>
    </message>
    <message>
        <source>Every statement has been answered.</source>
        <translation>Már minden állításra válaszolt.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Adat</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Alapszint</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Neme</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Csoport</translation>
    </message>
    <message>
        <source>Group progress</source>
        <translation>A csoport haladása</translation>
    </message>
    <message>
        <source>Highly advanced</source>
        <translation>Kiemelkedő</translation>
    </message>
    <message>
        <source>Highly specialised</source>
        <translation>Magasan specializált</translation>
    </message>
    <message>
        <source>Hours of learning</source>
        <translation>Tanulással töltött órák</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Folyamatban</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Mutató</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Középszint</translation>
    </message>
    <message>
        <source>Latest self-check</source>
        <translation>Legutóbbi önértékelés</translation>
    </message>
    <message>
        <source>Latest self-check, DigCompSat bands</source>
        <translation>Legutóbbi önértékelés, DigCompSat-sávok</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Tanuló</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Tanulók</translation>
    </message>
    <message>
        <source>Learning record of {name}</source>
        <translation>Tanulási adatok: {name}</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leckék</translation>
    </message>
    <message>
        <source>Lessons done</source>
        <translation>Kész leckék</translation>
    </message>
    <message>
        <source>Level gain, observed by a trainer</source>
        <translation>Szintemelkedés, oktatói megfigyelés alapján</translation>
    </message>
    <message>
        <source>Level gain, self-assessed</source>
        <translation>Szintemelkedés, önértékelés alapján</translation>
    </message>
    <message>
        <source>Level gains: latest minus first level in the period, averaged over the learners assessed at least twice; the column “Learners” says how many.</source>
        <translation>Szintemelkedés: az időszak utolsó és első szintjének különbsége, a legalább kétszer értékelt tanulók átlagában; a „Tanulók” oszlop mutatja, hányan.</translation>
    </message>
    <message>
        <source>Levels from the self-checks finished in the period. “Latest self-check”: each learner&apos;s latest level in the area. The first and latest self-check are compared for the learners who did two or more in the period (pre/post).</source>
        <translation>Az időszakban befejezett önértékelések szintjei. „Legutóbbi önértékelés”: minden tanuló legutóbbi szintje a területen. Az első és a legutóbbi önértékelést azoknál vetjük össze, akik az időszakban kettőt vagy többet végeztek (előtte/utána).</translation>
    </message>
    <message>
        <source>May need help</source>
        <translation>Segítségre lehet szüksége</translation>
    </message>
    <message>
        <source>Mean level</source>
        <translation>Átlagos szint</translation>
    </message>
    <message>
        <source>Mean self-check score, % (DigCompSat)</source>
        <translation>Az önértékelés átlagos eredménye, % (DigCompSat)</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Férfiak</translation>
    </message>
    <message>
        <source>No centre in this LRS account opens with this centre key. Please check the key on the centre&apos;s recovery sheet, and the LRS key and secret.</source>
        <translation>Ebben az LRS-fiókban nincs olyan központ, amely ezzel a kulccsal megnyitható. Kérjük, ellenőrizze a központ kulcsát a helyreállítási lapon, valamint az LRS-kulcsot és az LRS titkos kulcsát.</translation>
    </message>
    <message>
        <source>No printer is set up on this PC. Save the PDF instead and print it elsewhere, or ask whoever looks after this PC to add a printer.</source>
        <translation>Ezen a gépen nincs beállítva nyomtató. Mentse el inkább a PDF-et, és nyomtassa ki máshol, vagy kérje meg a gép gondozóját, hogy adjon hozzá egy nyomtatót.</translation>
    </message>
    <message>
        <source>No progress for 2 weeks</source>
        <translation>2 hete nincs előrelépés</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nincs elkezdve</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nincs megadva</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Még nem</translation>
    </message>
    <message>
        <source>Only a trainer of this centre can record an assessment.</source>
        <translation>Értékelést csak a központ oktatói rögzíthetnek.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Résztvevők</translation>
    </message>
    <message>
        <source>Participants: learners who signed in or learned on at least one day of the period.</source>
        <translation>Résztvevők: akik az időszak legalább egy napján bejelentkeztek vagy tanultak.</translation>
    </message>
    <message>
        <source>Please answer every statement before finishing.</source>
        <translation>Kérjük, a befejezés előtt válaszoljon minden állításra.</translation>
    </message>
    <message>
        <source>Please choose a period between {earliest} and the end of next year.</source>
        <translation>Kérjük, {earliest} és a jövő év vége közötti időszakot válasszon.</translation>
    </message>
    <message>
        <source>Please choose one of the answers.</source>
        <translation>Kérjük, válasszon egyet a válaszok közül.</translation>
    </message>
    <message>
        <source>Please choose one of the five areas for the quick check.</source>
        <translation>Kérjük, válassza ki a gyors felméréshez az öt terület egyikét.</translation>
    </message>
    <message>
        <source>Please choose one of the four answers.</source>
        <translation>Kérjük, válassza ki a négy válasz egyikét.</translation>
    </message>
    <message>
        <source>Please choose one of the offered colours.</source>
        <translation>Kérjük, válasszon a felkínált színek közül.</translation>
    </message>
    <message>
        <source>Please choose one of the offered languages.</source>
        <translation>Kérjük, válasszon a felkínált nyelvek közül.</translation>
    </message>
    <message>
        <source>Please choose one of the offered pictures.</source>
        <translation>Kérjük, válasszon a felkínált képek közül.</translation>
    </message>
    <message>
        <source>Please choose the quick check or the full check.</source>
        <translation>Kérjük, válassza a gyors vagy a teljes felmérést.</translation>
    </message>
    <message>
        <source>Please choose the task you watched before ticking its steps.</source>
        <translation>Kérjük, előbb válassza ki a megfigyelt feladatot, és csak utána jelölje be a lépéseit.</translation>
    </message>
    <message>
        <source>Please give dates as year-month-day, for example 2026-03-31.</source>
        <translation>Kérjük, a dátumokat év-hónap-nap formában adja meg, például: 2026-03-31.</translation>
    </message>
    <message>
        <source>Please give the course&apos;s id, for example --course email-basics.</source>
        <translation>Adja meg a tanfolyam azonosítóját, például: --course email-basics.</translation>
    </message>
    <message>
        <source>Please give the due date as a day, for example 2026-05-31.</source>
        <translation>Kérjük, a határidőt dátumként adja meg, például: 2026-05-31.</translation>
    </message>
    <message>
        <source>Please give the period: its first and its last day.</source>
        <translation>Kérjük, adja meg az időszakot: az első és az utolsó napját.</translation>
    </message>
    <message>
        <source>Please keep the note under {limit} characters.</source>
        <translation>Kérjük, a megjegyzés legyen rövidebb {limit} karakternél.</translation>
    </message>
    <message>
        <source>Please put the key and secret in their own boxes, not in the address.</source>
        <translation>Kérjük, a kulcsot és a titkos kulcsot a saját mezőjébe írja, ne a címbe.</translation>
    </message>
    <message>
        <source>Please set the LRS address, key and secret first.</source>
        <translation>Kérjük, először adja meg az LRS-címet, a kulcsot és a titkos kulcsot.</translation>
    </message>
    <message>
        <source>Please set the centre key first (trainer settings, Sync).</source>
        <translation>Kérjük, először adja meg a központ kulcsát (oktatói beállítások, Szinkronizálás).</translation>
    </message>
    <message>
        <source>Please type a {field}.</source>
        <translation>Kérjük, írja be: {field}.</translation>
    </message>
    <message>
        <source>Please type the LRS key and secret.</source>
        <translation>Kérjük, írja be az LRS-kulcsot és a titkos kulcsot.</translation>
    </message>
    <message>
        <source>Please type the centre key to set up this PC from the bundle.</source>
        <translation>Kérjük, írja be a központ kulcsát, hogy ezt a gépet a csomagból beállíthassa.</translation>
    </message>
    <message>
        <source>Post: latest self-check (of those with two or more)</source>
        <translation>Utána: legutóbbi önértékelés (a legalább kettőt végzőknél)</translation>
    </message>
    <message>
        <source>Pre/post: too few to report</source>
        <translation>Előtte/utána: túl kevés a közléshez</translation>
    </message>
    <message>
        <source>Pre: first self-check (of those with two or more)</source>
        <translation>Előtte: első önértékelés (a legalább kettőt végzőknél)</translation>
    </message>
    <message>
        <source>Programme indicators</source>
        <translation>Programmutatók</translation>
    </message>
    <message>
        <source>Programme indicators from {start} to {end}</source>
        <translation>Programmutatók: {start} – {end}</translation>
    </message>
    <message>
        <source>Progress of the group {name}</source>
        <translation>Csoport haladása: {name}</translation>
    </message>
    <message>
        <source>Quiz not passed after {count} tries</source>
        <translation>A kvíz {count} próbálkozás után sem sikerült</translation>
    </message>
    <message>
        <source>Quiz tries</source>
        <translation>Kvízpróbálkozások</translation>
    </message>
    <message>
        <source>Quiz tries not passed</source>
        <translation>Sikertelen kvízpróbálkozások</translation>
    </message>
    <message>
        <source>Self-check score as DigCompSat counts it: the mean of the answers&apos; points in the area, as a percentage. Its bands: Low 0–29 % (counted under “Not yet”), Foundation 30–47 %, Intermediate 48–80 %, Advanced 81–100 %.</source>
        <translation>Az önértékelés eredménye a DigCompSat szerint: a terület válaszainak átlagpontszáma százalékban. Sávjai: Alacsony 0–29% (a „Még nem” alatt számolva), Alapszint 30–47%, Középszint 48–80%, Haladó 81–100%.</translation>
    </message>
    <message>
        <source>SkillsApp cannot save in its data folder ({folder}) because it is read-only. Please ask whoever looks after this PC to allow writing there, or set SKILLSAPP_HOME to a folder that can be written. Nothing has been changed.</source>
        <translation>A SkillsApp nem tud menteni az adatmappájába ({folder}), mert az csak olvasható. Kérje meg azt, aki ezt a gépet gondozza, hogy engedélyezze ott az írást, vagy állítsa a SKILLSAPP_HOME értékét egy írható mappára. Semmi sem változott.</translation>
    </message>
    <message>
        <source>SkillsApp cannot use its data folder ({folder}): {reason}. Please check that the folder exists and can be written, or set SKILLSAPP_HOME to another folder. Nothing has been changed.</source>
        <translation>A SkillsApp nem tudja használni az adatmappáját ({folder}): {reason}. Kérjük, ellenőrizze, hogy a mappa létezik és írható, vagy állítsa a SKILLSAPP_HOME értékét egy másik mappára. Semmi sem változott.</translation>
    </message>
    <message>
        <source>So that nobody can be singled out, figures about fewer than {least} learners are not shown: “Too few to report”.</source>
        <translation>Hogy senkit ne lehessen azonosítani, {least} tanulónál kevesebbről nem mutatunk adatot: „Túl kevés a közléshez”.</translation>
    </message>
    <message>
        <source>Some members of this group are not learners of the centre ({count}).</source>
        <translation>A csoport néhány tagja nem a központ tanulója ({count}).</translation>
    </message>
    <message>
        <source>Some results could not be confirmed ({count}); they will be sent again.</source>
        <translation>Néhány eredmény fogadását nem sikerült visszaigazolni ({count}); a program újra elküldi őket.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Elkezdve</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Text size must be between 100% and 200%.</source>
        <translation>A betűméretnek 100% és 200% között kell lennie.</translation>
    </message>
    <message>
        <source>That course is not on this PC.</source>
        <translation>Ez a tanfolyam nincs ezen a gépen.</translation>
    </message>
    <message>
        <source>That task is not in the list of tasks.</source>
        <translation>Ez a feladat nem szerepel a feladatok listájában.</translation>
    </message>
    <message>
        <source>That task shows a different competence.</source>
        <translation>Ez a feladat egy másik kompetenciához tartozik.</translation>
    </message>
    <message>
        <source>The LRS address must start with https:// so that results travel safely.</source>
        <translation>Az LRS-címnek így kell kezdődnie: https:// – csak így jutnak el biztonságosan az eredmények.</translation>
    </message>
    <message>
        <source>The LRS address should look like https://lrs.example.org/xAPI/</source>
        <translation>Az LRS-cím ehhez hasonló legyen: https://lrs.example.org/xAPI/</translation>
    </message>
    <message>
        <source>The LRS answered, but not with a list of statements.</source>
        <translation>Az LRS válaszolt, de nem bejegyzések listáját küldte.</translation>
    </message>
    <message>
        <source>The LRS answered, but not with the list of stored statements.</source>
        <translation>Az LRS válaszolt, de nem a tárolt bejegyzések listáját küldte.</translation>
    </message>
    <message>
        <source>The LRS cannot be reached; results are kept here and sent later.</source>
        <translation>Az LRS nem érhető el; az eredmények itt maradnak, és a program később elküldi őket.</translation>
    </message>
    <message>
        <source>The LRS gave an unexpected answer (HTTP {status}).</source>
        <translation>Az LRS váratlan választ adott (HTTP {status}).</translation>
    </message>
    <message>
        <source>The LRS has a problem of its own (HTTP {status}); trying later.</source>
        <translation>Az LRS oldalán hiba van (HTTP {status}); a program később újra próbálkozik.</translation>
    </message>
    <message>
        <source>The LRS keeps sending us elsewhere; please check the address.</source>
        <translation>Az LRS folyton máshová irányít át; kérjük, ellenőrizze a címet.</translation>
    </message>
    <message>
        <source>The LRS refused the statement (HTTP {status}): {detail}</source>
        <translation>Az LRS elutasította a bejegyzést (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>The LRS sent a broken link to the next page.</source>
        <translation>Az LRS hibás hivatkozást küldött a következő oldalra.</translation>
    </message>
    <message>
        <source>The LRS sent an answer far too large to be statements.</source>
        <translation>Az LRS válasza túl nagy ahhoz, hogy csak bejegyzések legyenek benne.</translation>
    </message>
    <message>
        <source>The LRS sent an answer that cannot be read.</source>
        <translation>Az LRS olyan választ küldött, amelyet nem lehet beolvasni.</translation>
    </message>
    <message>
        <source>The LRS sent us to another address ({host}); nothing was sent there.</source>
        <translation>Az LRS egy másik címre irányított át ({host}); oda a program semmit sem küldött.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {file}: {reason}. Check that the USB stick is plugged in and has free space. Nothing was saved.</source>
        <translation>A PDF mentése nem sikerült ({file}): {reason}. Ellenőrizze, hogy az USB-kulcs be van-e dugva, és van-e rajta szabad hely. Nem történt mentés.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {file}: {reason}. Nothing was saved.</source>
        <translation>A PDF mentése nem sikerült ({file}): {reason}. Nem történt mentés.</translation>
    </message>
    <message>
        <source>The bundle cannot be read ({reason}).</source>
        <translation>A csomagot nem lehet beolvasni ({reason}).</translation>
    </message>
    <message>
        <source>The centre key does not open this bundle. Please check the key.</source>
        <translation>A központ kulcsa nem nyitja meg ezt a csomagot. Kérjük, ellenőrizze a kulcsot.</translation>
    </message>
    <message>
        <source>The centre key needs at least {limit} characters.</source>
        <translation>A központ kulcsának legalább {limit} karakterből kell állnia.</translation>
    </message>
    <message>
        <source>The centre needs at least one trainer account.</source>
        <translation>A központnak legalább egy oktatói fiókra szüksége van.</translation>
    </message>
    <message>
        <source>The course “{title}” comes with SkillsApp and cannot be replaced from a file. It is updated together with SkillsApp.</source>
        <translation>Ez a tanfolyam („{title}”) a SkillsApp része, ezért fájlból nem cserélhető le. A SkillsApp frissítésével együtt frissül.</translation>
    </message>
    <message>
        <source>The course “{title}” is already installed in version {installed}. This file holds version {version}, which is not newer, so nothing was changed.</source>
        <translation>Ez a tanfolyam („{title}”) már telepítve van (verzió: {installed}). Ebben a fájlban nem újabb verzió van (verzió: {version}), ezért semmi sem változott.</translation>
    </message>
    <message>
        <source>The day to finish by has already passed. Please choose today or a later day.</source>
        <translation>Ez a nap már elmúlt. Kérjük, a mai vagy egy későbbi napot válassza.</translation>
    </message>
    <message>
        <source>The day you watched the task cannot be in the future.</source>
        <translation>A megfigyelés napja nem lehet a jövőben.</translation>
    </message>
    <message>
        <source>The disk where SkillsApp keeps its records ({folder}) is full. Please make some room on it (for example, empty the recycle bin), then start SkillsApp again. Nothing has been changed.</source>
        <translation>Megtelt a lemez, amelyen a SkillsApp az adatait tárolja ({folder}). Kérjük, szabadítson fel rajta helyet (például ürítse ki a lomtárat), majd indítsa újra a SkillsApp programot. Semmi sem változott.</translation>
    </message>
    <message>
        <source>The key or secret is wrong.</source>
        <translation>A kulcs vagy a titkos kulcs nem jó.</translation>
    </message>
    <message>
        <source>The learning records in {file} were saved by a newer version of SkillsApp (data version {found}, this version reads up to {known}). Please install the newer version; nothing has been changed.</source>
        <translation>A tanulási adatokat ({file}) a SkillsApp egy újabb verziója mentette (adatverzió: {found}; ez a verzió legfeljebb ezt tudja olvasni: {known}). Kérjük, telepítse az újabb verziót; semmi sem változott.</translation>
    </message>
    <message>
        <source>The learning records on this PC ({file}) are damaged and cannot be opened ({detail}).</source>
        <translation>A gépen tárolt tanulási adatok ({file}) megsérültek, és nem nyithatók meg ({detail}).</translation>
    </message>
    <message>
        <source>The level must be a whole number from {low} to {high}.</source>
        <translation>A szintnek {low} és {high} közötti egész számnak kell lennie.</translation>
    </message>
    <message>
        <source>The password can have at most {limit} characters.</source>
        <translation>A jelszó legfeljebb {limit} karakterből állhat.</translation>
    </message>
    <message>
        <source>The password contains characters that cannot be typed. Please try again.</source>
        <translation>A jelszóban olyan karakterek vannak, amelyeket nem lehet begépelni. Kérjük, próbálja újra.</translation>
    </message>
    <message>
        <source>The password needs at least {limit} characters.</source>
        <translation>A jelszónak legalább {limit} karakterből kell állnia.</translation>
    </message>
    <message>
        <source>The period ends before it starts. Please swap the two dates.</source>
        <translation>Az időszak vége a kezdete előtt van. Kérjük, cserélje fel a két dátumot.</translation>
    </message>
    <message>
        <source>The printer reported a problem and the pages may not have come out. Check that it is switched on and has paper, then try again.</source>
        <translation>A nyomtató hibát jelzett, és lehet, hogy az oldalak nem jöttek ki. Ellenőrizze, hogy be van-e kapcsolva és van-e benne papír, majd próbálja újra.</translation>
    </message>
    <message>
        <source>The report could not be saved as {file}: {reason}. Check that the USB stick is plugged in, has free space and is not write-protected. Nothing was saved.</source>
        <translation>A jelentés mentése nem sikerült ({file}): {reason}. Ellenőrizze, hogy az USB-kulcs be van-e dugva, van-e rajta szabad hely, és nincs-e írásvédve. Nem történt mentés.</translation>
    </message>
    <message>
        <source>The resident needs to agree that the centre keeps their learning records, otherwise their progress cannot be saved.</source>
        <translation>A tanulónak hozzá kell járulnia, hogy a központ megőrizze a tanulási adatait, különben a haladása nem menthető.</translation>
    </message>
    <message>
        <source>The steps of this task are numbered 1 to {count}.</source>
        <translation>A feladat lépései 1-től {count}-ig vannak számozva.</translation>
    </message>
    <message>
        <source>The {field} contains characters that cannot be shown. Please type it again.</source>
        <translation>Olyan karakterek vannak benne, amelyeket nem lehet megjeleníteni: {field}. Kérjük, írja be újra.</translation>
    </message>
    <message>
        <source>The {field} is too long: please use at most {limit} letters.</source>
        <translation>Túl hosszú: {field}. Kérjük, legfeljebb {limit} betűt használjon.</translation>
    </message>
    <message>
        <source>The {field} needs at least one letter.</source>
        <translation>Kérjük, legalább egy betűt is írjon ide: {field}.</translation>
    </message>
    <message>
        <source>There are no groups yet.</source>
        <translation>Még nincsenek csoportok.</translation>
    </message>
    <message>
        <source>There are no learners yet.</source>
        <translation>Még nincsenek tanulók.</translation>
    </message>
    <message>
        <source>There is no group called “{name}”. The groups are: {names}.</source>
        <translation>Nincs „{name}” nevű csoport. A csoportok: {names}.</translation>
    </message>
    <message>
        <source>There is no learner called “{name}”.</source>
        <translation>Nincs „{name}” nevű tanuló.</translation>
    </message>
    <message>
        <source>There is no report called “{name}”. The reports are: {names}.</source>
        <translation>Nincs „{name}” nevű jelentés. A jelentések: {names}.</translation>
    </message>
    <message>
        <source>There is no room left on the disk that holds {folder}, or it cannot be written to. Please free some space (or ask whoever looks after this PC) and start SkillsApp again. Your records are safe; nothing was changed.</source>
        <translation>Nincs több szabad hely azon a lemezen, amelyen ez a mappa van: {folder}, vagy nem lehet rá írni. Kérjük, szabadítson fel helyet (vagy kérjen segítséget attól, aki ezt a gépet gondozza), és indítsa újra a SkillsApp programot. Az adatai biztonságban vannak; semmi sem változott.</translation>
    </message>
    <message>
        <source>This PC already belongs to a centre.</source>
        <translation>Ez a gép már egy központhoz tartozik.</translation>
    </message>
    <message>
        <source>This bundle belongs to another centre ({centre}), not to this one. Nothing was imported.</source>
        <translation>Ez a csomag egy másik központhoz tartozik ({centre}), nem ehhez. Nem történt importálás.</translation>
    </message>
    <message>
        <source>This bundle has been changed since it was made, or it was made with another centre key. Nothing was imported.</source>
        <translation>Ezt a csomagot az elkészítése óta módosították, vagy egy másik központ kulcsával készült. Nem történt importálás.</translation>
    </message>
    <message>
        <source>This bundle unpacks to far more data than a centre can hold. Nothing was imported.</source>
        <translation>Ez a csomag kicsomagolva sokkal több adatot tartalmazna, mint amennyi egy központnak lehet. Nem történt importálás.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of SkillsApp ({version}). Please update SkillsApp on this PC first. Nothing was imported.</source>
        <translation>Ezt a csomagot a SkillsApp egy újabb verziója készítette ({version}). Kérjük, előbb frissítse a SkillsApp programot ezen a gépen. Nem történt importálás.</translation>
    </message>
    <message>
        <source>This course pack is protected with a password; make the zip again without one.</source>
        <translation>Ez a tanfolyamcsomag jelszóval védett; készítse el újra a zip-fájlt jelszó nélkül.</translation>
    </message>
    <message>
        <source>This course pack would take {size} MB once unpacked; at most {limit} MB is allowed.</source>
        <translation>Ez a tanfolyamcsomag kicsomagolva {size} MB helyet foglalna; legfeljebb {limit} MB megengedett.</translation>
    </message>
    <message>
        <source>This file cannot be read: {reason}.</source>
        <translation>Ez a fájl nem olvasható: {reason}.</translation>
    </message>
    <message>
        <source>This file holds {count} files; a course pack may hold at most {limit}. It is probably not a course pack.</source>
        <translation>Ebben a fájlban {count} fájl van; egy tanfolyamcsomagban legfeljebb {limit} lehet. Valószínűleg nem tanfolyamcsomag.</translation>
    </message>
    <message>
        <source>This file holds “{name}” twice.</source>
        <translation>Ebben a fájlban kétszer szerepel: „{name}”.</translation>
    </message>
    <message>
        <source>This file is damaged or was made in a way SkillsApp cannot open; make the zip again with an ordinary zip program.</source>
        <translation>Ez a fájl sérült, vagy olyan módon készült, amelyet a SkillsApp nem tud megnyitni; készítse el újra a zip-fájlt egy szokásos tömörítőprogrammal.</translation>
    </message>
    <message>
        <source>This file is not a SkillsApp bundle. Nothing was imported.</source>
        <translation>Ez a fájl nem SkillsApp-csomag. Nem történt importálás.</translation>
    </message>
    <message>
        <source>This file is not a complete SkillsApp bundle (it may have been cut short while copying). Please copy it again. Nothing was imported.</source>
        <translation>Ez a fájl nem teljes SkillsApp-csomag (lehet, hogy a másolás félbeszakadt). Kérjük, másolja át újra. Nem történt importálás.</translation>
    </message>
    <message>
        <source>This file is not a course pack: it has no course.yaml.</source>
        <translation>Ez a fájl nem tanfolyamcsomag: nincs benne course.yaml.</translation>
    </message>
    <message>
        <source>This file is not a course pack: it is not a zip file, or it is damaged or incomplete (copy it to the USB stick again).</source>
        <translation>Ez a fájl nem tanfolyamcsomag: nem zip-fájl, vagy sérült, illetve hiányos (másolja fel újra az USB-kulcsra).</translation>
    </message>
    <message>
        <source>This file is not a safe course pack.</source>
        <translation>Ez a fájl nem biztonságos tanfolyamcsomag.</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: it would unpack to far more data than it holds (a &apos;zip bomb&apos;).</source>
        <translation>Ez a fájl nem biztonságos tanfolyamcsomag: kicsomagolva sokszor több adat lenne belőle, mint amennyit tartalmaz („zip-bomba”).</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: “{name}” is a link or a special file, not a plain file.</source>
        <translation>Ez a fájl nem biztonságos tanfolyamcsomag: „{name}” hivatkozás vagy speciális fájl, nem közönséges fájl.</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: “{name}” would be written outside the course folder.</source>
        <translation>Ez a fájl nem biztonságos tanfolyamcsomag: „{name}” a tanfolyam mappáján kívülre kerülne.</translation>
    </message>
    <message>
        <source>This learner is not registered at this centre.</source>
        <translation>Ez a tanuló nincs regisztrálva ebben a központban.</translation>
    </message>
    <message>
        <source>This learner&apos;s profile is archived; restore it first.</source>
        <translation>Ennek a tanulónak a profilja archiválva van; előbb állítsa vissza.</translation>
    </message>
    <message>
        <source>This trainer account is archived.</source>
        <translation>Ez az oktatói fiók archiválva van.</translation>
    </message>
    <message>
        <source>This trainer could not be saved. Please try again.</source>
        <translation>Az oktató adatait nem sikerült menteni. Kérjük, próbálja újra.</translation>
    </message>
    <message>
        <source>Time spent learning at the centre, in hours: {hours}</source>
        <translation>A központban tanulással töltött idő órában: {hours}</translation>
    </message>
    <message>
        <source>Too few to report</source>
        <translation>Túl kevés a közléshez</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Érték</translation>
    </message>
    <message>
        <source>Why help may be needed</source>
        <translation>Miért lehet szüksége segítségre</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Nők</translation>
    </message>
    <message>
        <source>centre name</source>
        <translation>központ neve</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>keresztnév</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>csoport neve</translation>
    </message>
    <message>
        <source>it is not a SkillsApp database file</source>
        <translation>ez nem SkillsApp-adatfájl</translation>
    </message>
    <message>
        <source>name</source>
        <translation>név</translation>
    </message>
    <message>
        <source>trainer&apos;s name</source>
        <translation>oktató neve</translation>
    </message>
    <message>
        <source>{name} has no certificate for the course “{course}” yet: it comes when the course is finished.</source>
        <translation>{name} még nem kapott tanúsítványt a(z) „{course}” tanfolyamról: a tanfolyam befejezésekor kapja meg.</translation>
    </message>
    <message>
        <source>{name} is already in the group “{group}”.</source>
        <translation>{name} már tagja ennek a csoportnak: „{group}”.</translation>
    </message>
    <message>
        <source>“{code}” is not a DigComp competence.</source>
        <translation>„{code}” nem DigComp-kompetencia.</translation>
    </message>
</context>
<context>
    <name>MyData</name>
    <message>
        <source>What happens in the learning record store (LRS): it only ever received results under a number, never a name. Results it already received are marked as withdrawn (voided), so reports no longer count them, but the store keeps a record that they existed.</source>
        <translation>Mi történik a tanulási adattárban (LRS): az adattár az eredményeket mindig csak egy számmal kapta meg, név nélkül. A már megkapott eredményeket visszavontként (érvénytelenítettként) jelöli meg, így a jelentések már nem számolnak velük, de az adattárban megmarad a nyoma, hogy léteztek.</translation>
    </message>
    <message>
        <source>The centre keeps your learning records.</source>
        <translation>A központ megőrzi a tanulási adatait.</translation>
    </message>
    <message>
        <source>Your results are counted, without your name, by the programme.</source>
        <translation>A program név nélkül, statisztikai célra felhasználja az eredményeit.</translation>
    </message>
    <message>
        <source>Your results are not shared with the programme.</source>
        <translation>Az eredményeit nem kapja meg a program.</translation>
    </message>
    <message>
        <source>You agreed on %1.</source>
        <translation>A hozzájárulás dátuma: %1.</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Az Ön profilja</translation>
    </message>
    <message>
        <source>First name %1; language %2; %3; tile colour and picture.</source>
        <translation>Keresztnév: %1; nyelv: %2; %3; a kártya színe és képe.</translation>
    </message>
    <message>
        <source>a PIN is set</source>
        <translation>van PIN-kód</translation>
    </message>
    <message>
        <source>no PIN</source>
        <translation>nincs PIN-kód</translation>
    </message>
    <message>
        <source>About you (optional)</source>
        <translation>Önről (nem kötelező)</translation>
    </message>
    <message>
        <source>Gender: %1. Age: %2.</source>
        <translation>Neme: %1. Életkora: %2.</translation>
    </message>
    <message>
        <source>What you agreed to</source>
        <translation>Amihez hozzájárult</translation>
    </message>
    <message>
        <source>Your courses</source>
        <translation>Tanfolyamai</translation>
    </message>
    <message>
        <source>%1 started, %2 finished.</source>
        <translation>Elkezdett: %1, befejezett: %2.</translation>
    </message>
    <message>
        <source>Your visits</source>
        <translation>Látogatásai</translation>
    </message>
    <message numerus="yes">
        <source>You came on %n day(s).</source>
        <translation>
            <numerusform>%n napon járt itt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your groups</source>
        <translation>Csoportjai</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nincs.</translation>
    </message>
    <message>
        <source>Your learning records</source>
        <translation>Tanulási adatai</translation>
    </message>
    <message numerus="yes">
        <source>%n records of what you did (lessons opened, answers given, courses finished, self-checks).</source>
        <translation>
            <numerusform>%n bejegyzés arról, amit itt csinált (megnyitott leckék, adott válaszok, befejezett tanfolyamok, készségfelmérések).</numerusform>
        </translation>
    </message>
    <message>
        <source>woman</source>
        <translation>nő</translation>
    </message>
    <message>
        <source>man</source>
        <translation>férfi</translation>
    </message>
    <message>
        <source>another gender</source>
        <translation>egyéb</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nincs megadva</translation>
    </message>
</context>
<context>
    <name>MyDataScreen</name>
    <message>
        <source>Save a copy of my data (with a trainer)</source>
        <translation>Másolat mentése az adataimról (oktatóval)</translation>
    </message>
    <message>
        <source>Erase my data (with a trainer)</source>
        <translation>Adataim törlése (oktatóval)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Vissza</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Adataim</translation>
    </message>
    <message>
        <source>This is everything SkillsApp keeps about you.</source>
        <translation>Ez minden, amit a SkillsApp Önről tárol.</translation>
    </message>
    <message>
        <source>A trainer helps you save a copy of your data.</source>
        <translation>Egy oktató segít elmenteni az adatai másolatát.</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Válassza ki, hová mentse</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Mentve: %1</translation>
    </message>
    <message>
        <source>A trainer helps you erase your data.</source>
        <translation>Egy oktató segít törölni az adatait.</translation>
    </message>
</context>
<context>
    <name>OrderInput</name>
    <message>
        <source>Steps to put in order</source>
        <translation>Sorba rendezendő lépések</translation>
    </message>
    <message>
        <source>Choose a step with the arrow keys. Ctrl and an arrow key move it.</source>
        <translation>A lépést a nyílbillentyűkkel választhatja ki. A Ctrl és egy nyíl mozgatja.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Feljebb</translation>
    </message>
    <message>
        <source>Move the chosen step up</source>
        <translation>A kiválasztott lépés feljebb</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Lejjebb</translation>
    </message>
    <message>
        <source>Move the chosen step down</source>
        <translation>A kiválasztott lépés lejjebb</translation>
    </message>
    <message>
        <source>Choose a step, then press “Move up” or “Move down”. With the keyboard: the arrow keys choose a step, Ctrl and an arrow key move it.</source>
        <translation>Válasszon egy lépést, majd nyomja meg a „Feljebb” vagy a „Lejjebb” gombot. Billentyűzettel: a nyilakkal választ lépést, a Ctrl és egy nyíl mozgatja.</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>Print</source>
        <translation>Nyomtatás</translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <source>Save as PDF</source>
        <translation>Mentés PDF-ként</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokumentum (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Mentve ide: %1</translation>
    </message>
    <message>
        <source>Sent to the printer: %1</source>
        <translation>Elküldve a nyomtatóra: %1</translation>
    </message>
</context>
<context>
    <name>PcSettings</name>
    <message>
        <source>Text size on the start screen</source>
        <translation>Betűméret a kezdőképernyőn</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Strong contrast on the start screen</source>
        <translation>Erős kontraszt a kezdőképernyőn</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> perc</translation>
    </message>
    <message>
        <source>Sign out after no activity for</source>
        <translation>Kijelentkeztetés ennyi tétlen idő után</translation>
    </message>
    <message>
        <source>Lessons may open web pages (after asking)</source>
        <translation>A leckék megnyithatnak weboldalakat (rákérdezés után)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Mentés</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ami történt</translation>
    </message>
    <message>
        <source>These settings are for this PC only.</source>
        <translation>Ezek a beállítások csak erre a gépre vonatkoznak.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>A beállításokat nem sikerült menteni: %1</translation>
    </message>
    <message>
        <source>Saved. The start screen of this PC uses these settings from now on.</source>
        <translation>Mentve. A gép kezdőképernyője mostantól ezeket a beállításokat használja.</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Your PIN</source>
        <translation>Az Ön PIN-kódja</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Vissza</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <source>Erase the last number</source>
        <translation>Az utolsó számjegy törlése</translation>
    </message>
    <message>
        <source>Type your PIN</source>
        <translation>Írja be a PIN-kódját</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait until %1 or ask your trainer to unlock.</source>
        <translation>Túl sok hibás PIN-kód. Próbálja újra %1 után, vagy kérje meg az oktatót, hogy oldja fel a zárolást.</translation>
    </message>
    <message>
        <source>That PIN is not right. You can try once more.</source>
        <translation>Ez a PIN-kód nem jó. Még egyszer próbálkozhat.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. You can try %n more times.</source>
        <translation>
            <numerusform>Ez a PIN-kód nem jó. Még %n alkalommal próbálkozhat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizResult</name>
    <message>
        <source>Well done! You finished the whole course.</source>
        <translation>Szép munka! Az egész tanfolyamot befejezte.</translation>
    </message>
    <message>
        <source>Well done! You passed this lesson.</source>
        <translation>Szép munka! Ezt a leckét sikeresen teljesítette.</translation>
    </message>
    <message>
        <source>Not yet. Read the parts below again, then try the quiz once more.</source>
        <translation>Ez most még nem sikerült. Olvassa el újra a lenti részeket, aztán próbálja meg még egyszer a kvízt.</translation>
    </message>
    <message>
        <source>Your certificate is ready. You find it under “My certificates” on your home page.</source>
        <translation>Elkészült a tanúsítványa. A kezdőoldalán, a „Tanúsítványaim” gombnál találja.</translation>
    </message>
    <message>
        <source>Your result: %1 of %2 right at the first try.</source>
        <translation>Az eredménye: %2 kérdésből %1 elsőre jó.</translation>
    </message>
    <message>
        <source>You need %1 of %2 right at the first try to pass.</source>
        <translation>A teljesítéshez %2 kérdésből %1 kérdésre kell elsőre jól válaszolnia.</translation>
    </message>
    <message>
        <source>You need %1 right in a row at the first try to pass.</source>
        <translation>A teljesítéshez egymás után %1 kérdésre kell elsőre jól válaszolnia.</translation>
    </message>
    <message>
        <source>Not right at the first try:</source>
        <translation>Elsőre nem sikerült:</translation>
    </message>
    <message>
        <source>Read “%1” again</source>
        <translation>Újra elolvasom: „%1”</translation>
    </message>
    <message>
        <source>Read the lesson again</source>
        <translation>Újra elolvasom a leckét</translation>
    </message>
    <message>
        <source>Try the quiz again</source>
        <translation>Újra kitöltöm a kvízt</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Vissza a tanfolyamhoz</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Check my answer</source>
        <translation>Ellenőrzöm a válaszomat</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Újra megpróbálom</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Következő kérdés</translation>
    </message>
    <message>
        <source>Back to the lesson</source>
        <translation>Vissza a leckéhez</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>%1. kérdés (összesen %2)</translation>
    </message>
    <message>
        <source>See my result</source>
        <translation>Megnézem az eredményemet</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>Helyes</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Nem egészen</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1”: %2</translation>
    </message>
    <message>
        <source>Steps in the right place: %1 of %2</source>
        <translation>Jó helyen lévő lépések: %1 (összesen %2)</translation>
    </message>
    <message>
        <source>Pairs that are right: %1 of %2</source>
        <translation>Jó párok: %1 (összesen %2)</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Recovery sheet</source>
        <translation>Helyreállítási lap</translation>
    </message>
    <message>
        <source>Centre key</source>
        <translation>A központ kulcsa</translation>
    </message>
    <message>
        <source>No centre key is set on this PC.</source>
        <translation>Ezen a gépen nincs beállítva a központ kulcsa.</translation>
    </message>
    <message>
        <source>Centre number: %1</source>
        <translation>A központ azonosítója: %1</translation>
    </message>
    <message>
        <source>What the centre key is for</source>
        <translation>Mire való a központ kulcsa</translation>
    </message>
    <message>
        <source>You need it to set up another PC of this centre (choose “Join an existing centre”).</source>
        <translation>Erre van szükség, ha a központ egy másik gépét szeretné beállítani (válassza a „Csatlakozás egy meglévő központhoz” lehetőséget).</translation>
    </message>
    <message>
        <source>You need it to read a USB stick with results from this centre.</source>
        <translation>Erre van szükség egy olyan pendrive beolvasásához, amelyen ennek a központnak az eredményei vannak.</translation>
    </message>
    <message>
        <source>It protects the residents’ names, PINs and consent. Anyone who has the key and the centre’s LRS password can read them. The LRS never sees the key.</source>
        <translation>Védi a tanulók nevét, PIN-kódját és hozzájárulását. Aki ismeri a kulcsot és a központ LRS-jelszavát, elolvashatja ezeket. Az LRS soha nem látja a kulcsot.</translation>
    </message>
    <message>
        <source>If the key is lost, the results stay safe, but new PCs cannot read the residents’ details.</source>
        <translation>Ha a kulcs elvész, az eredmények megmaradnak, de az új gépek nem tudják beolvasni a tanulók adatait.</translation>
    </message>
    <message>
        <source>Where to keep this sheet</source>
        <translation>Hol tartsa ezt a lapot</translation>
    </message>
    <message>
        <source>Lock it away, for example in the centre’s safe or a locked drawer.</source>
        <translation>Zárja el, például a központ széfjébe vagy egy zárható fiókba.</translation>
    </message>
    <message>
        <source>Do not keep it next to the PC. Do not send it by e-mail and do not take a photo of it.</source>
        <translation>Ne tartsa a gép mellett. Ne küldje el e-mailben, és ne fényképezze le.</translation>
    </message>
    <message>
        <source>Tell one other person you trust where it is.</source>
        <translation>Mondja meg egy másik embernek, akiben megbízik, hogy hol van.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Nyomtatva: %1</translation>
    </message>
</context>
<context>
    <name>ReportPaper</name>
    <message>
        <source>%1, made on %2</source>
        <translation>%1, készült: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1. oldal / %2</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Report table</source>
        <translation>Jelentéstáblázat</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Mentés CSV-ként…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Mentés PDF-ként…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Nyomtatás…</translation>
    </message>
    <message>
        <source>What was saved</source>
        <translation>Mi lett mentve</translation>
    </message>
    <message>
        <source>Table as on screen (*.csv)</source>
        <translation>Táblázat, ahogy a képernyőn látszik (*.csv)</translation>
    </message>
    <message>
        <source>Data with codes, for other programs (*.csv)</source>
        <translation>Adatok kódokkal, más programoknak (*.csv)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Mentés CSV-ként</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Mentve ide: %1</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Report</source>
        <translation>Jelentés</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Csoport</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Tanuló</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>A jelentés nyelve</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kezdő dátum</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Záró dátum</translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Jelentés megjelenítése</translation>
    </message>
    <message>
        <source>Certificate code</source>
        <translation>A tanúsítvány kódja</translation>
    </message>
    <message>
        <source>Check a certificate</source>
        <translation>Tanúsítvány ellenőrzése</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Időszak</translation>
    </message>
    <message>
        <source>No certificate of this centre has that code. Check the letters again.</source>
        <translation>A központnak nincs ilyen kódú tanúsítványa. Ellenőrizze újra a betűket.</translation>
    </message>
    <message>
        <source>Genuine: %1 finished “%2” on %3.</source>
        <translation>Valódi tanúsítvány: %1 – „%2”, befejezve: %3.</translation>
    </message>
</context>
<context>
    <name>ResidentHome</name>
    <message>
        <source>A−  Smaller text</source>
        <translation>A−  Kisebb betű</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kisebb betű</translation>
    </message>
    <message>
        <source>A+  Bigger text</source>
        <translation>A+  Nagyobb betű</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Nagyobb betű</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <source>Strong contrast (white on black)</source>
        <translation>Erős kontraszt (fehér betű fekete alapon)</translation>
    </message>
    <message>
        <source>Check my digital skills</source>
        <translation>Digitális készségeim felmérése</translation>
    </message>
    <message>
        <source>My skills</source>
        <translation>Készségeim</translation>
    </message>
    <message>
        <source>My certificates</source>
        <translation>Tanúsítványaim</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Adataim</translation>
    </message>
    <message>
        <source>From your trainer</source>
        <translation>Az oktatójától</translation>
    </message>
    <message>
        <source>Recommended for you</source>
        <translation>Önnek ajánljuk</translation>
    </message>
    <message>
        <source>My courses</source>
        <translation>Tanfolyamaim</translation>
    </message>
    <message>
        <source>More courses</source>
        <translation>További tanfolyamok</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>Üdvözöljük, %1!</translation>
    </message>
    <message>
        <source>Choose a course to start. Your progress is saved as you go. When you are done, press Finish at the top.</source>
        <translation>Válasszon egy tanfolyamot, és kezdje el. A haladását a program menet közben elmenti. Ha végzett, nyomja meg fent a „Befejezés” gombot.</translation>
    </message>
    <message>
        <source>Continue where I left off: %1 – %2</source>
        <translation>Folytatom, ahol abbahagytam: %1 – %2</translation>
    </message>
    <message>
        <source>Please finish by %1</source>
        <translation>Kérjük, fejezze be eddig: %1</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Tanfolyamok</translation>
    </message>
    <message>
        <source>My certificates (%1)</source>
        <translation>Tanúsítványaim (%1)</translation>
    </message>
    <message>
        <source>Not sure where to start? “Check my digital skills” suggests courses.</source>
        <translation>Nem tudja, hol kezdje? A „Digitális készségeim felmérése” segít tanfolyamot választani.</translation>
    </message>
    <message>
        <source>My skills (levels 1–8): %1</source>
        <translation>Készségeim (1–8. szint): %1</translation>
    </message>
    <message>
        <source>Text size %1</source>
        <translation>Betűméret: %1</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentScreen</name>
    <message>
        <source>Progress</source>
        <translation>Haladás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tovább</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Vissza</translation>
    </message>
    <message>
        <source>Back to the previous statement</source>
        <translation>Vissza az előző állításhoz</translation>
    </message>
    <message>
        <source>Pause and finish later</source>
        <translation>Szünet, később folytatom</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>%1. kérdés / %2</translation>
    </message>
    <message>
        <source>%1: what do you know?</source>
        <translation>%1: mit tud róla?</translation>
    </message>
    <message>
        <source>Statement %1 of %2</source>
        <translation>%1. állítás (összesen %2)</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Igaz</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Hamis</translation>
    </message>
    <message>
        <source>%1 (your answer)</source>
        <translation>%1 (az Ön válasza)</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Helyes.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Nem egészen.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Name of the centre</source>
        <translation>A központ neve</translation>
    </message>
    <message>
        <source>for example: Village hall of Lindenau</source>
        <translation>például: Hársfalvi Közösségi Ház</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Alapértelmezett nyelv</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tovább</translation>
    </message>
    <message>
        <source>Welcome to SkillsApp</source>
        <translation>Üdvözli a SkillsApp</translation>
    </message>
    <message>
        <source>Set up a new centre</source>
        <translation>Új központ beállítása</translation>
    </message>
    <message>
        <source>Join an existing centre</source>
        <translation>Csatlakozás egy meglévő központhoz</translation>
    </message>
    <message>
        <source>For another PC of a centre that already uses SkillsApp</source>
        <translation>Egy újabb géphez olyan központban, ahol már használják a SkillsApp programot</translation>
    </message>
    <message>
        <source>Is this the first PC of your centre, or does your centre already use SkillsApp on another PC?</source>
        <translation>Ez az első gép a központjukban, vagy egy másik gépen már használják a SkillsApp programot?</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Helyreállítási lap</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Kész</translation>
    </message>
    <message>
        <source>Your centre key</source>
        <translation>A központ kulcsa</translation>
    </message>
    <message>
        <source>Print or save this sheet and keep it locked away. You need the centre key to set up another PC of the centre.</source>
        <translation>Nyomtassa ki vagy mentse el ezt a lapot, és tartsa elzárva. A központ kulcsára akkor lesz szüksége, ha a központ egy másik gépét szeretné beállítani.</translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation>Helyreállítási lap nyomtatása…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Mentés PDF-ként…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>Helyreállítási lap mentése PDF-ként</translation>
    </message>
    <message>
        <source>Let&apos;s set up this PC for your centre. Step 1 of 2: the centre. You can change these later.</source>
        <translation>Állítsuk be ezt a gépet a központ számára. 1. lépés (összesen 2): a központ. Ezeket később is módosíthatja.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Az Ön neve</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Jelszó</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Legalább 8 karakter</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Jelszó még egyszer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Vissza</translation>
    </message>
    <message>
        <source>Create the centre</source>
        <translation>A központ létrehozása</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Jelszó (legalább 8 karakter)</translation>
    </message>
    <message>
        <source>The first trainer account</source>
        <translation>Az első oktatói fiók</translation>
    </message>
    <message>
        <source>Step 2 of 2: you. Trainers sign in with this password to add learners and follow their progress.</source>
        <translation>2. lépés (összesen 2): az Ön adatai. Az oktatók ezzel a jelszóval jelentkeznek be, hogy tanulókat vegyenek fel és kövessék a haladásukat.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>A két jelszó nem egyezik.</translation>
    </message>
</context>
<context>
    <name>SignOutDuringQuiz</name>
    <message>
        <source>Finish</source>
        <translation>Befejezés</translation>
    </message>
    <message>
        <source>Your answers so far are saved. Sign out now?</source>
        <translation>Az eddigi válaszait elmentettük. Kijelentkezik most?</translation>
    </message>
    <message>
        <source>No, go on with the quiz</source>
        <translation>Nem, folytatom a kvízt</translation>
    </message>
    <message>
        <source>Yes, sign out</source>
        <translation>Igen, kijelentkezem</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>SkillsApp is already open on this PC with the same records (%1). Please use the window that is open; if you cannot find it, restart the PC.</source>
        <translation>A SkillsApp már meg van nyitva ezen a számítógépen ugyanazokkal az adatokkal (%1). Kérjük, használja a nyitott ablakot; ha nem találja, indítsa újra a számítógépet.</translation>
    </message>
</context>
<context>
    <name>SkillsCheckStart</name>
    <message>
        <source>Check my digital skills</source>
        <translation>Digitális készségeim felmérése</translation>
    </message>
    <message>
        <source>You read short sentences like “I can send a photo by e-mail” and say how well they fit you. There are no wrong answers. It is not a test.</source>
        <translation>Rövid mondatokat olvas, például: „Tudok fényképet küldeni e-mailben”, és megmondja, mennyire igazak Önre. Nincsenek rossz válaszok. Ez nem vizsga.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Folytatom, ahol abbahagytam</translation>
    </message>
    <message>
        <source>A quick check of one topic (about 10 minutes):</source>
        <translation>Egy téma gyors felmérése (körülbelül 10 perc):</translation>
    </message>
    <message>
        <source>The full check of all topics (about 30 minutes)</source>
        <translation>Az összes téma teljes felmérése (körülbelül 30 perc)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Vissza</translation>
    </message>
</context>
<context>
    <name>StartProblems</name>
    <message>
        <source>SkillsApp can put the damaged file aside (it is kept, not deleted) and bring back the newest automatic backup. Do that now?</source>
        <translation>A SkillsApp félreteheti a sérült fájlt (megmarad, nem törlődik), és visszaállíthatja a legújabb automatikus biztonsági mentést. Megtegye most?</translation>
    </message>
    <message>
        <source>There was no usable backup. The damaged file was kept as %1; SkillsApp starts with empty records.</source>
        <translation>Nem volt használható biztonsági mentés. A sérült fájl %1 néven megmaradt; a SkillsApp üres adatokkal indul.</translation>
    </message>
    <message>
        <source>SkillsApp can put the damaged file aside (it is kept, not deleted) and bring back the newest automatic backup, then close; start it again afterwards. Do that now?</source>
        <translation>A SkillsApp félreteheti a sérült fájlt (megmarad, nem törlődik), visszahozhatja a legújabb automatikus mentést, majd bezárul; utána indítsa el újra. Megtegye most?</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <source>Trainer sign-in</source>
        <translation>Oktatói bejelentkezés</translation>
    </message>
    <message>
        <source>No learners yet. A trainer can add them after signing in.</source>
        <translation>Még nincs tanuló. Az oktató bejelentkezés után veheti fel őket.</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>%1 – üdvözöljük!</translation>
    </message>
    <message>
        <source>Choose your name to start.</source>
        <translation>A kezdéshez válassza ki a nevét.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync state</source>
        <translation>Szinkronizálás állapota</translation>
    </message>
    <message>
        <source>✓ Results sent</source>
        <translation>✓ Eredmények elküldve</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to send %n result(s)</source>
        <translation>
            <numerusform>%n eredmény küldésre vár</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: results are kept here</source>
        <translation>Nincs kapcsolat: az eredmények itt maradnak a gépen</translation>
    </message>
    <message>
        <source>Sync problem: see Sync in the trainer&apos;s tools</source>
        <translation>Szinkronizálási hiba: lásd az oktatói eszközök között a Szinkronizálás részt</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>LRS address</source>
        <translation>LRS-cím</translation>
    </message>
    <message>
        <source>LRS key</source>
        <translation>LRS-kulcs</translation>
    </message>
    <message>
        <source>LRS secret</source>
        <translation>LRS titkos kulcs</translation>
    </message>
    <message>
        <source>Also on metered connections (mobile data)</source>
        <translation>Forgalmi díjas kapcsolaton is (mobilinternet)</translation>
    </message>
    <message>
        <source>Answer of the LRS</source>
        <translation>Az LRS válasza</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Szinkronizálás állapota</translation>
    </message>
    <message>
        <source>No LRS is set up</source>
        <translation>Nincs beállítva LRS</translation>
    </message>
    <message>
        <source>Results the LRS refused</source>
        <translation>Az LRS által elutasított eredmények</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Kapcsolat tesztelése</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Mentés</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Szinkronizálás most</translation>
    </message>
    <message>
        <source>Export a bundle (USB)…</source>
        <translation>Csomag exportálása (USB)…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Csomag importálása…</translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation>Helyreállítási lap nyomtatása…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF…</source>
        <translation>Helyreállítási lap mentése PDF-ként…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Szinkronizálás</translation>
    </message>
    <message>
        <source>Results are kept on this PC first and sent to the centre&apos;s record store (LRS) when there is a connection. Without one, use a bundle on a USB stick.</source>
        <translation>Az eredményeket a program először ezen a gépen tárolja, majd ha van kapcsolat, elküldi a központ tanulási adattárába (LRS). Kapcsolat nélkül használjon csomagot USB-kulcson.</translation>
    </message>
    <message>
        <source>Results the LRS refused:</source>
        <translation>Az LRS által elutasított eredmények:</translation>
    </message>
    <message>
        <source>Asking the LRS…</source>
        <translation>Az LRS lekérdezése…</translation>
    </message>
    <message>
        <source>Sending and receiving…</source>
        <translation>Küldés és fogadás…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>A csomag írása…</translation>
    </message>
    <message>
        <source>Wrote %1 results to %2.</source>
        <translation>%1 eredmény kiírva ide: %2.</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>A csomag beolvasása…</translation>
    </message>
    <message>
        <source>Send and receive results by themselves when there is a connection</source>
        <translation>Az eredmények küldése és fogadása magától, amikor van kapcsolat</translation>
    </message>
    <message>
        <source>Saved. Results stay on this PC until the LRS address, key and secret are all filled in.</source>
        <translation>Mentve. Az eredmények ezen a gépen maradnak, amíg az LRS-cím, a kulcs és a titkos kulcs mind ki nincs töltve.</translation>
    </message>
    <message>
        <source>Saved. Results are sent to the LRS whenever there is a connection.</source>
        <translation>Mentve. Az eredmények az LRS-be kerülnek, amikor csak van kapcsolat.</translation>
    </message>
    <message>
        <source>Saved. Results are sent only when you press Sync now.</source>
        <translation>Mentve. Az eredmények csak akkor mennek el, ha megnyomja a Szinkronizálás most gombot.</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Csomag exportálása</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Csomag importálása</translation>
    </message>
    <message numerus="yes">
        <source>No LRS is set up on this PC, so results are not sent anywhere yet. They are kept safely on this PC: nothing is lost (%n result(s) so far). To send them to the centre&apos;s record store, type the LRS address, key and secret that your coordinator gives you, press Test connection, then Save. Without a connection, carry the results to another PC with Export a bundle (USB).</source>
        <translation>
            <numerusform>Ezen a gépen nincs beállítva LRS, ezért az eredmények még sehová nem mennek el. Biztonságban ezen a gépen maradnak, semmi sem vész el (eddig %n eredmény). Ha a központ tanulási adattárába szeretné küldeni őket, írja be az LRS-címet, a kulcsot és a titkos kulcsot, amelyet a koordinátortól kap, nyomja meg a Kapcsolat tesztelése, majd a Mentés gombot. Kapcsolat nélkül a Csomag exportálása (USB) gombbal viheti át az eredményeket egy másik gépre.</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>még soha</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>Utolsó küldés: %1</translation>
    </message>
    <message>
        <source>Last received: %1</source>
        <translation>Utolsó fogadás: %1</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>Küldésre vár: %1</translation>
    </message>
    <message>
        <source>Results are sent only when you press Sync now.</source>
        <translation>Az eredmények csak akkor mennek el, ha megnyomja a Szinkronizálás most gombot.</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Utolsó hiba: %1</translation>
    </message>
    <message>
        <source>Imported %1 new results of %2.</source>
        <translation>%2 eredményből %1 új eredmény importálva.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Hiba történt: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2.</source>
        <translation>Elküldve: %1, fogadva: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) refused by the LRS (listed below).</source>
        <translation>
            <numerusform>Az LRS %n eredményt elutasított (a lista lent látható).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>Your answer</source>
        <translation>Az Ön válasza</translation>
    </message>
</context>
<context>
    <name>TextSizeButtons</name>
    <message>
        <source>Smaller text</source>
        <translation>Kisebb betű</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl and minus)</source>
        <translation>Kisebb betű (Ctrl és mínusz)</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Nagyobb betű</translation>
    </message>
    <message>
        <source>Bigger text (Ctrl and plus)</source>
        <translation>Nagyobb betű (Ctrl és plusz)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Text size %1</source>
        <translation>Betűméret: %1</translation>
    </message>
</context>
<context>
    <name>TrainerAssessmentScreen</name>
    <message>
        <source>Competence</source>
        <translation>Kompetencia</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Még nem</translation>
    </message>
    <message>
        <source>Observed level, 0 (not yet) to 8</source>
        <translation>Megfigyelt szint, 0 (még nem) – 8</translation>
    </message>
    <message>
        <source>Task you watched</source>
        <translation>A megfigyelt feladat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Megjegyzés</translation>
    </message>
    <message>
        <source>Day you watched the task</source>
        <translation>A megfigyelés napja</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Értékelés mentése</translation>
    </message>
    <message>
        <source>Self-assessed and trainer levels</source>
        <translation>Önértékelt és oktatói szintek</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Saját</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Oktató</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Ellenőrzés</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Vissza</translation>
    </message>
    <message>
        <source>Save profile as PDF</source>
        <translation>Profil mentése PDF-ként</translation>
    </message>
    <message>
        <source>Save Europass text</source>
        <translation>Europass-szöveg mentése</translation>
    </message>
    <message>
        <source>Save Open Badges</source>
        <translation>Open Badges jelvények mentése</translation>
    </message>
    <message>
        <source>Observed level</source>
        <translation>Megfigyelt szint</translation>
    </message>
    <message>
        <source>Task watched</source>
        <translation>Megfigyelt feladat</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Elvégzett lépések</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Nap</translation>
    </message>
    <message>
        <source>Assess %1</source>
        <translation>%1 értékelése</translation>
    </message>
    <message>
        <source>Flagged rows differ by 2 levels or more.</source>
        <translation>A megjelölt sorokban legalább 2 szint az eltérés.</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>Nincs ellenőrzőlista</translation>
    </message>
    <message>
        <source>Differs by 2 or more</source>
        <translation>Legalább 2 szint az eltérés</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>még nem</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ami történt</translation>
    </message>
    <message>
        <source>Saved: level %1 for %2.</source>
        <translation>Mentve: %1. szint – %2.</translation>
    </message>
    <message>
        <source>Saved: “not yet” for %1.</source>
        <translation>Mentve: „még nem” – %1.</translation>
    </message>
</context>
<context>
    <name>TrainerConfirm</name>
    <message>
        <source>A trainer confirms</source>
        <translation>Oktatói jóváhagyás</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Oktató</translation>
    </message>
    <message>
        <source>Trainer&apos;s password</source>
        <translation>Az oktató jelszava</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Jelszó</translation>
    </message>
    <message>
        <source>That password is not right. Please try again.</source>
        <translation>Ez a jelszó nem jó. Kérjük, próbálja újra.</translation>
    </message>
</context>
<context>
    <name>TrainerCourses</name>
    <message>
        <source>Courses on this PC</source>
        <translation>Tanfolyamok ezen a gépen</translation>
    </message>
    <message>
        <source>Import a course from a file…</source>
        <translation>Tanfolyam importálása fájlból…</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ami történt</translation>
    </message>
    <message>
        <source>Courses come with SkillsApp. You can add new ones from a .zip file, for example from a USB stick. A file is checked before anything is installed.</source>
        <translation>A SkillsApp tanfolyamokkal együtt érkezik. Újakat .zip fájlból adhat hozzá, például USB-kulcsról. Telepítés előtt a program ellenőrzi a fájlt.</translation>
    </message>
    <message>
        <source>%1  ·  version %2  ·  %3</source>
        <translation>%1  ·  %2. verzió  ·  %3</translation>
    </message>
    <message>
        <source>Choose a course file</source>
        <translation>Válasszon tanfolyamfájlt</translation>
    </message>
    <message>
        <source>Course packs (*.zip)</source>
        <translation>Tanfolyamcsomagok (*.zip)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>A fájl ellenőrzése…</translation>
    </message>
    <message>
        <source>Checking the course file…</source>
        <translation>A tanfolyamfájl ellenőrzése…</translation>
    </message>
    <message>
        <source>Install this course?</source>
        <translation>Telepíti ezt a tanfolyamot?</translation>
    </message>
    <message>
        <source>%1
Version %2
Languages: %3

%4

Install it on this PC?</source>
        <translation>%1
Verzió: %2
Nyelvek: %3

%4

Telepíti erre a gépre?</translation>
    </message>
    <message>
        <source>Nothing was installed.</source>
        <translation>Semmi sem lett telepítve.</translation>
    </message>
    <message>
        <source>Installing the course…</source>
        <translation>A tanfolyam telepítése…</translation>
    </message>
    <message>
        <source>“%1” version %2 is installed. Residents find it among the courses now.</source>
        <translation>Telepítve: „%1”, %2. verzió. A tanulók mostantól megtalálják a tanfolyamok között.</translation>
    </message>
    <message>
        <source>This course pack cannot be used, so nothing was installed. Please send it back to its author with this list:</source>
        <translation>Ez a tanfolyamcsomag nem használható, ezért semmi sem települt. Kérjük, küldje vissza a szerzőjének ezzel a listával együtt:</translation>
    </message>
    <message>
        <source>The file could not be read (%1). Nothing was installed.</source>
        <translation>A fájlt nem sikerült beolvasni (%1). Nem települt semmi.</translation>
    </message>
</context>
<context>
    <name>TrainerForm</name>
    <message>
        <source>New trainer</source>
        <translation>Új oktató</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Jelszó</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Jelszó még egyszer</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Jelszó (legalább 8 karakter)</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>A két jelszó nem egyezik.</translation>
    </message>
</context>
<context>
    <name>TrainerHome</name>
    <message>
        <source>Dashboard</source>
        <translation>Áttekintés</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Tanulók</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Csoportok</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Jelentések</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Tanfolyamok</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Oktatók</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Szinkronizálás</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Ez a gép</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Folyamatban lévő munka</translation>
    </message>
    <message>
        <source>%1 The other tabs wait until this is done.</source>
        <translation>%1 A többi lap megvárja, amíg ez befejeződik.</translation>
    </message>
</context>
<context>
    <name>TrainerSignIn</name>
    <message>
        <source>Trainer</source>
        <translation>Oktató</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Jelszó</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Bejelentkezés</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Vissza</translation>
    </message>
    <message>
        <source>Trainer sign-in</source>
        <translation>Oktatói bejelentkezés</translation>
    </message>
    <message>
        <source>That password is not right. Please try again.</source>
        <translation>Ez a jelszó nem jó. Kérjük, próbálja újra.</translation>
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
        <translation>Oktatók</translation>
    </message>
    <message>
        <source>New trainer</source>
        <translation>Új oktató</translation>
    </message>
    <message>
        <source>Close account</source>
        <translation>Fiók megszüntetése</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ami történt</translation>
    </message>
    <message>
        <source>Added the trainer account of %1. They sign in with their password.</source>
        <translation>Oktatói fiók hozzáadva: %1. A saját jelszavával jelentkezik be.</translation>
    </message>
    <message>
        <source>Closed the account of %1.</source>
        <translation>Fiók lezárva: %1.</translation>
    </message>
</context>
<context>
    <name>UpdatingScreen</name>
    <message>
        <source>SkillsApp was updated and is bringing this PC&apos;s records up to date. This happens once; nothing is lost.</source>
        <translation>A SkillsApp frissült, és most naprakésszé teszi a gép adatait. Ez csak egyszer történik meg; semmi sem vész el.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Haladás</translation>
    </message>
    <message>
        <source>Updating the records</source>
        <translation>Az adatok frissítése</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%2 bejegyzésből %1</translation>
    </message>
</context>
<context>
    <name>WaitingScreen</name>
    <message>
        <source>The courses are being prepared. Your screen opens by itself in a moment.</source>
        <translation>A tanfolyamok betöltése folyamatban. A képernyője egy pillanat múlva magától megnyílik.</translation>
    </message>
    <message>
        <source>Preparing the courses</source>
        <translation>A tanfolyamok előkészítése</translation>
    </message>
    <message>
        <source>One moment, please</source>
        <translation>Egy pillanat türelmet</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Column headings</source>
        <translation>Oszlopfejlécek</translation>
    </message>
    <message>
        <source>Row headings</source>
        <translation>Sorfejlécek</translation>
    </message>
</context>
<context>
    <name>WorkProgress</name>
    <message>
        <source>Progress</source>
        <translation>Folyamat</translation>
    </message>
    <message>
        <source>Step 1 of 2: reading the bundle (%1 of %2 results)</source>
        <translation>1/2. lépés: a csomag beolvasása (%2 eredményből %1)</translation>
    </message>
    <message>
        <source>Step 2 of 2: saving the results and updating everyone&apos;s progress</source>
        <translation>2/2. lépés: az eredmények mentése és mindenki haladásának frissítése</translation>
    </message>
    <message>
        <source>Writing the bundle: %1 of %2 results</source>
        <translation>A csomag írása: %2 eredményből %1</translation>
    </message>
    <message>
        <source>Sending results to the LRS: %1 of %2</source>
        <translation>Eredmények küldése az LRS-be: %2 közül %1</translation>
    </message>
    <message>
        <source>Receiving results from the LRS: %1 so far</source>
        <translation>Eredmények fogadása az LRS-ből: eddig %1</translation>
    </message>
</context>
</TS>
