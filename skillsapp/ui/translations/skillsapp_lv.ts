<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>AssessmentResultScreen</name>
    <message>
        <source>Courses that help you with the next step:</source>
        <translation>Kursi, kas palīdzēs spert nākamo soli:</translation>
    </message>
    <message>
        <source>Start the course %1</source>
        <translation>Sākt kursu „%1”</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gatavs</translation>
    </message>
    <message>
        <source>You have not done a self-assessment yet.</source>
        <translation>Pašnovērtējums vēl nav veikts.</translation>
    </message>
    <message>
        <source>You are confident with %1.</source>
        <translation>Jūs droši jūtaties šajā jomā: %1.</translation>
    </message>
    <message>
        <source>You have made a start, and that is what counts.</source>
        <translation>Sākums ir izdarīts, un tas ir galvenais.</translation>
    </message>
    <message>
        <source>%1 is the next step.</source>
        <translation>Nākamais solis: %1.</translation>
    </message>
    <message>
        <source>You know more about %1 than you thought.</source>
        <translation>Jūs zināt vairāk par tēmu “%1”, nekā domājāt.</translation>
    </message>
    <message>
        <source>You can do more with %1 than you thought.</source>
        <translation>Jūs protat vairāk tēmā “%1”, nekā domājāt.</translation>
    </message>
    <message>
        <source>%1 is worth another look: a course can help you feel sure.</source>
        <translation>%1 – vērts pie tā atgriezties: kurss palīdzēs justies drošāk.</translation>
    </message>
    <message>
        <source>What you said of yourself, since last time:</source>
        <translation>Ko teicāt par sevi, salīdzinot ar iepriekšējo reizi:</translation>
    </message>
    <message>
        <source>%1: %2 before, %3 now</source>
        <translation>%1: iepriekš %2, tagad %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>vēl ne</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>%1. līmenis</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign a course to %1</source>
        <translation>Piešķirt kursu: %1</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurss</translation>
    </message>
    <message>
        <source>Finish by a day</source>
        <translation>Pabeigt līdz noteiktai dienai</translation>
    </message>
    <message>
        <source>Day to finish by</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Piešķirt</translation>
    </message>
</context>
<context>
    <name>CertificateList</name>
    <message>
        <source>What was saved</source>
        <translation>Kas tika saglabāts</translation>
    </message>
    <message>
        <source>%1, finished on %2</source>
        <translation>%1 (pabeigts: %2)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukāt…</translation>
    </message>
    <message>
        <source>Print the certificate: %1</source>
        <translation>Drukāt sertifikātu: %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Saglabāt kā PDF…</translation>
    </message>
    <message>
        <source>Save the certificate as PDF: %1</source>
        <translation>Saglabāt sertifikātu kā PDF: %1</translation>
    </message>
</context>
<context>
    <name>CertificatePaper</name>
    <message>
        <source>Certificate – %1 – %2</source>
        <translation>Sertifikāts – %1 – %2</translation>
    </message>
    <message>
        <source>%1 %2: level %3 (%4)</source>
        <translation>%1 %2: %3. līmenis (%4)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifikāts</translation>
    </message>
    <message>
        <source>This certificate is awarded to</source>
        <translation>Šo sertifikātu saņem</translation>
    </message>
    <message>
        <source>for completing the course</source>
        <translation>par kursa pabeigšanu</translation>
    </message>
    <message>
        <source>Completed on %1</source>
        <translation>Pabeigts: %1</translation>
    </message>
    <message>
        <source>Digital competences trained (%1)</source>
        <translation>Apgūtās digitālās kompetences (%1)</translation>
    </message>
    <message>
        <source>The centre can check this code in SkillsApp: Reports, “Check a certificate”.</source>
        <translation>Centrs var pārbaudīt šo kodu SkillsApp: Atskaites, „Pārbaudīt sertifikātu”.</translation>
    </message>
    <message>
        <source>Check code: %1</source>
        <translation>Pārbaudes kods: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Pasniedzējs</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <source>My certificates</source>
        <translation>Mani sertifikāti</translation>
    </message>
    <message>
        <source>When you finish a course, its certificate appears here.</source>
        <translation>Kad pabeigsiet kursu, tā sertifikāts parādīsies šeit.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atpakaļ</translation>
    </message>
</context>
<context>
    <name>ChoiceInput</name>
    <message>
        <source>True</source>
        <translation>Pareizi</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Nepareizi</translation>
    </message>
    <message>
        <source>Choose every right answer.</source>
        <translation>Izvēlieties visas pareizās atbildes.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 problem(s) and %2 warning(s) found.</source>
        <translation>Atrastas problēmas: %1, brīdinājumi: %2.</translation>
    </message>
    <message>
        <source>%1 results were refused by the LRS; a trainer can see why in the app.</source>
        <translation>LRS noraidīja rezultātus (%1); pasniedzējs lietotnē var redzēt, kāpēc.</translation>
    </message>
    <message>
        <source>Centre key (from the centre&apos;s recovery sheet): </source>
        <translation>Centra atslēga (no centra atjaunošanas lapas): </translation>
    </message>
    <message>
        <source>Digital-skills training for community centres.</source>
        <translation>Digitālo prasmju mācības kopienu centriem.</translation>
    </message>
    <message>
        <source>Everything checked is fine.</source>
        <translation>Viss pārbaudītais ir kārtībā.</translation>
    </message>
    <message>
        <source>Imported the bundle of %1: %2 new of %3 results.</source>
        <translation>Centra %1 pakotne importēta: %2 jauni no %3 rezultātiem.</translation>
    </message>
    <message>
        <source>Installed “%1” version %2.</source>
        <translation>Instalēts “%1”, versija %2.</translation>
    </message>
    <message>
        <source>No LRS is set for this centre: set it in the trainer settings, or set SKILLSAPP_LRS_URL, SKILLSAPP_LRS_KEY and SKILLSAPP_LRS_SECRET.</source>
        <translation>Šim centram nav iestatīts LRS: iestatiet to pasniedzēja iestatījumos vai iestatiet SKILLSAPP_LRS_URL, SKILLSAPP_LRS_KEY un SKILLSAPP_LRS_SECRET.</translation>
    </message>
    <message>
        <source>No centre key is set on this PC: learner profiles are not sent.</source>
        <translation>Šajā datorā nav iestatīta centra atslēga: dalībnieku profili netiek sūtīti.</translation>
    </message>
    <message>
        <source>No problems; %1 warning(s) worth a look.</source>
        <translation>Problēmu nav; brīdinājumi, kurus vērts apskatīt: %1.</translation>
    </message>
    <message>
        <source>No usable backup was found; SkillsApp will start with empty records.</source>
        <translation>Netika atrasta neviena derīga rezerves kopija; SkillsApp sāks ar tukšiem ierakstiem.</translation>
    </message>
    <message>
        <source>On a PC that has no centre yet, the centre key is asked for (or read from SKILLSAPP_CENTRE_KEY).</source>
        <translation>Datorā, kas vēl nepieder nevienam centram, tiek prasīta centra atslēga (vai nolasīta no SKILLSAPP_CENTRE_KEY).</translation>
    </message>
    <message>
        <source>Reading the bundle: %1 of %2 results</source>
        <translation>Nolasa pakotni: %1 no %2 rezultātiem</translation>
    </message>
    <message>
        <source>Receiving from the LRS: %1 results so far</source>
        <translation>Saņem no LRS: līdz šim %1 rezultāti</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translation>Rezerves kopija %1 ir atjaunota.</translation>
    </message>
    <message>
        <source>Saved the certificate as PDF: %1</source>
        <translation>Sertifikāts saglabāts kā PDF: %1</translation>
    </message>
    <message>
        <source>Saved the report as PDF: %1</source>
        <translation>Pārskats saglabāts kā PDF: %1</translation>
    </message>
    <message>
        <source>Saved the table as CSV: %1</source>
        <translation>Tabula saglabāta kā CSV: %1</translation>
    </message>
    <message>
        <source>Saved the table for other programs as CSV: %1</source>
        <translation>Tabula citām programmām saglabāta kā CSV: %1</translation>
    </message>
    <message>
        <source>Saving the results and updating progress: step %1 of %2</source>
        <translation>Saglabā rezultātus un atjaunina progresu: %1. solis no %2</translation>
    </message>
    <message>
        <source>Sending to the LRS: %1 of %2 results</source>
        <translation>Sūta uz LRS: %1 no %2 rezultātiem</translation>
    </message>
    <message>
        <source>Sent %1, received %2.</source>
        <translation>Nosūtīti %1, saņemti %2.</translation>
    </message>
    <message>
        <source>Sync is switched off in the trainer settings.</source>
        <translation>Sinhronizācija ir izslēgta pasniedzēja iestatījumos.</translation>
    </message>
    <message>
        <source>The bundle could not be written to %1: %2.</source>
        <translation>Pakotni neizdevās ierakstīt %1: %2.</translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>Iepriekšējā datubāze saglabāta kā %1.</translation>
    </message>
    <message>
        <source>There are no records in %1 yet.</source>
        <translation>Mapē %1 vēl nav ierakstu.</translation>
    </message>
    <message>
        <source>There is no database in %1; nothing to restore.</source>
        <translation>Mapē %1 nav datubāzes; nav ko atjaunot.</translation>
    </message>
    <message>
        <source>This PC has no centre yet. To join one, type the centre key from the recovery sheet when asked, or set SKILLSAPP_CENTRE_KEY.</source>
        <translation>Šis dators vēl nepieder nevienam centram. Lai pievienotos, pēc pieprasījuma ierakstiet centra atslēgu no atjaunošanas lapas vai iestatiet SKILLSAPP_CENTRE_KEY.</translation>
    </message>
    <message>
        <source>This PC has no centre yet; there is nothing to export.</source>
        <translation>Šis dators vēl nepieder nevienam centram; nav ko eksportēt.</translation>
    </message>
    <message>
        <source>This PC has not been set up for a centre yet.</source>
        <translation>Šis dators vēl nav iestatīts nevienam centram.</translation>
    </message>
    <message>
        <source>This PC now belongs to %1.</source>
        <translation>Šis dators tagad pieder centram %1.</translation>
    </message>
    <message>
        <source>Updating the records after an update: %1 of %2</source>
        <translation>Ierakstu atjaunināšana pēc atjauninājuma: %1 no %2</translation>
    </message>
    <message>
        <source>Writing the bundle: %1 of %2 results</source>
        <translation>Raksta pakotni: %1 no %2 rezultātiem</translation>
    </message>
    <message>
        <source>Wrote %1 results of %2 to %3.</source>
        <translation>%1 centra %2 rezultāti ierakstīti %3.</translation>
    </message>
    <message>
        <source>check course packs (folders or .zip), item banks and checklists</source>
        <translation>pārbaudīt kursu pakotnes (mapes vai .zip), apgalvojumu bankas un kontrolsarakstus</translation>
    </message>
    <message>
        <source>check or import course packs</source>
        <translation>pārbaudīt vai importēt kursu pakotnes</translation>
    </message>
    <message>
        <source>check, offscreen and in a temporary folder, that the app works</source>
        <translation>bez ekrāna un pagaidu mapē pārbaudīt, vai lietotne darbojas</translation>
    </message>
    <message>
        <source>export or import a sync bundle (USB)</source>
        <translation>eksportēt vai importēt sinhronizācijas pakotni (USB)</translation>
    </message>
    <message>
        <source>first day, e.g. 2026-01-01</source>
        <translation>pirmā diena, piem., 2026-01-01</translation>
    </message>
    <message>
        <source>install a course pack from a .zip</source>
        <translation>instalēt kursa pakotni no .zip faila</translation>
    </message>
    <message>
        <source>last day, e.g. 2026-06-30</source>
        <translation>pēdējā diena, piem., 2026-06-30</translation>
    </message>
    <message>
        <source>merge a bundle FILE</source>
        <translation>apvienot pakotni FILE</translation>
    </message>
    <message>
        <source>only results stored since this day (YYYY-MM-DD)</source>
        <translation>tikai rezultāti, kas saglabāti kopš šīs dienas (GGGG-MM-DD)</translation>
    </message>
    <message>
        <source>open the demo centre</source>
        <translation>atvērt demonstrācijas centru</translation>
    </message>
    <message>
        <source>put a damaged database aside and restore the newest automatic backup</source>
        <translation>nolikt malā bojātu datubāzi un atjaunot jaunāko automātisko rezerves kopiju</translation>
    </message>
    <message>
        <source>save the report as PDF here</source>
        <translation>saglabāt pārskatu šeit kā PDF</translation>
    </message>
    <message>
        <source>save the table as the screen shows it (in the report&apos;s language) as CSV</source>
        <translation>saglabāt tabulu kā CSV tā, kā to rāda ekrāns (atskaites valodā)</translation>
    </message>
    <message>
        <source>save the table for other programs (codes) as CSV here</source>
        <translation>saglabāt šeit tabulu citām programmām (kodi) kā CSV</translation>
    </message>
    <message>
        <source>the report&apos;s language (default: the centre&apos;s; for a certificate, the learner&apos;s)</source>
        <translation>atskaites valoda (pēc noklusējuma: centra valoda; sertifikātam — dalībnieka valoda)</translation>
    </message>
    <message>
        <source>send and receive results with the centre&apos;s LRS once</source>
        <translation>vienreiz nosūtīt un saņemt rezultātus ar centra LRS</translation>
    </message>
    <message>
        <source>show a report, or save it as CSV or PDF</source>
        <translation>parādīt pārskatu vai saglabāt to kā CSV vai PDF</translation>
    </message>
    <message>
        <source>start, paint the first screen and exit (with --demo: create the demo first)</source>
        <translation>palaist, uzzīmēt pirmo ekrānu un beigt (ar --demo: vispirms izveidot demonstrāciju)</translation>
    </message>
    <message>
        <source>the course&apos;s id, for a certificate</source>
        <translation>kursa identifikators, sertifikātam</translation>
    </message>
    <message>
        <source>the group&apos;s name</source>
        <translation>grupas nosaukums</translation>
    </message>
    <message>
        <source>the learner&apos;s first name or id</source>
        <translation>dalībnieka vārds vai identifikators</translation>
    </message>
    <message>
        <source>write the centre&apos;s results to FILE</source>
        <translation>ierakstīt centra rezultātus FILE</translation>
    </message>
</context>
<context>
    <name>CompetenceChart</name>
    <message>
        <source>Your competence chart</source>
        <translation>Jūsu prasmju diagramma</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message numerus="yes">
        <source>About %n minutes</source>
        <translation>
            <numerusform>Apmēram %n minūte</numerusform>
            <numerusform>Apmēram %n minūtes</numerusform>
            <numerusform>Apmēram %n minūtes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lessons</source>
        <translation>%1 no %2 nodarbībām</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>pabeigts</translation>
    </message>
    <message>
        <source>%1 of %2 lessons done</source>
        <translation>izietas %1 no %2 nodarbībām</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nav sākts</translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message>
        <source>Start the course</source>
        <translation>Sākt kursu</translation>
    </message>
    <message>
        <source>Read the first lesson again</source>
        <translation>Vēlreiz izlasīt pirmo nodarbību</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Turpināt</translation>
    </message>
    <message>
        <source>Back to my courses</source>
        <translation>Atpakaļ uz maniem kursiem</translation>
    </message>
    <message>
        <source>done</source>
        <translation>izieta</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>vēl nav izieta</translation>
    </message>
    <message>
        <source>You finished this course. Well done!</source>
        <translation>Jūs pabeidzāt šo kursu. Lieliski!</translation>
    </message>
    <message>
        <source>%1 of %2 lessons done.</source>
        <translation>Izietas %1 no %2 nodarbībām.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Rādīt</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kursi</translation>
    </message>
    <message>
        <source>Competence areas</source>
        <translation>Kompetenču jomas</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ielādē…</translation>
    </message>
    <message>
        <source>Learners and their progress</source>
        <translation>Dalībnieki un viņu progress</translation>
    </message>
    <message>
        <source>Latest sessions</source>
        <translation>Pēdējās sesijas</translation>
    </message>
    <message>
        <source>No groups yet. Make one in the Groups tab.</source>
        <translation>Vēl nav nevienas grupas. Izveidojiet to cilnē „Grupas”.</translation>
    </message>
    <message>
        <source>“!”: may need help (did not pass the same quiz 3 times, or no progress for 2 weeks). Press Enter or double-click a learner to open their page.</source>
        <translation>“!”: var būt vajadzīga palīdzība (3 reizes nav nokārtots viens un tas pats tests vai 2 nedēļas nav progresa). Nospiediet Enter vai veiciet dubultklikšķi uz dalībnieka, lai atvērtu viņa lapu.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Dalībnieks</translation>
    </message>
    <message>
        <source>Days here (30 days)</source>
        <translation>Apmeklējuma dienas (30 dienās)</translation>
    </message>
    <message>
        <source>may need help</source>
        <translation>iespējams, vajadzīga palīdzība</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>vēl ne</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>līmenis %1</translation>
    </message>
    <message>
        <source>%1 learners; %2 may need help.</source>
        <translation>Dalībnieki: %1; palīdzība varētu būt vajadzīga: %2.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>did not sign out</source>
        <translation>sesija netika beigta</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 no %2</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ pabeigts</translation>
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
            <numerusform>tests nav nokārtots %n reizi</numerusform>
            <numerusform>tests nav nokārtots %n reizes</numerusform>
            <numerusform>tests nav nokārtots %n reižu</numerusform>
        </translation>
    </message>
    <message>
        <source>no progress for 2 weeks</source>
        <translation>2 nedēļas nav progresa</translation>
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
        <translation>Kalibrēšana: pašvērtējums un pierādījumi</translation>
    </message>
    <message>
        <source>Your levels, and what they rest on</source>
        <translation>Jūsu līmeņi un uz ko tie balstās</translation>
    </message>
    <message>
        <source>%1 (course quizzes)</source>
        <translation>%1 (kursu testi)</translation>
    </message>
    <message>
        <source>Said</source>
        <translation>Paša vērtējums</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Zina</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>Izdarīja</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Novērots</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Secinājums</translation>
    </message>
    <message>
        <source>You said</source>
        <translation>Jūs teicāt</translation>
    </message>
    <message>
        <source>The questions showed</source>
        <translation>Jautājumi parādīja</translation>
    </message>
    <message>
        <source>Practice showed</source>
        <translation>Prakse parādīja</translation>
    </message>
    <message>
        <source>Your trainer saw</source>
        <translation>Pasniedzējs redzēja</translation>
    </message>
    <message>
        <source>Your level</source>
        <translation>Jūsu līmenis</translation>
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
        <translation>pārrunājiet</translation>
    </message>
    <message>
        <source>%1 below</source>
        <translation>par %1 zemāk</translation>
    </message>
    <message>
        <source>%1 above</source>
        <translation>par %1 augstāk</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>vēl ne</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>%1. līmenis</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Add %1 to a group</source>
        <translation>Pievienot grupai: %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Pievienot</translation>
    </message>
    <message>
        <source>No groups yet. Make one in the Groups tab.</source>
        <translation>Vēl nav nevienas grupas. Izveidojiet to cilnē Grupas.</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Groups</source>
        <translation>Grupas</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Jauna grupa</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Grupas nosaukums</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <source>Courses for this group</source>
        <translation>Šīs grupas kursi</translation>
    </message>
    <message>
        <source>Finish the courses by</source>
        <translation>Kursi jāpabeidz līdz</translation>
    </message>
    <message>
        <source>Day to finish by</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Made the group “%1”. Now choose its members and courses.</source>
        <translation>Grupa “%1” izveidota. Tagad izvēlieties tās dalībniekus un kursus.</translation>
    </message>
    <message>
        <source>Archived the group “%1”.</source>
        <translation>Grupa “%1” arhivēta.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n dalībnieks</numerusform>
            <numerusform>%n dalībnieki</numerusform>
            <numerusform>%n dalībnieku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n kurss</numerusform>
            <numerusform>%n kursi</numerusform>
            <numerusform>%n kursu</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the group “%1”: %2, %3, to finish by %4.</source>
        <translation>Grupa “%1” saglabāta: %2, %3, termiņš: %4.</translation>
    </message>
    <message>
        <source>Saved the group “%1”: %2, %3.</source>
        <translation>Grupa “%1” saglabāta: %2, %3.</translation>
    </message>
    <message>
        <source>Archive this group</source>
        <translation>Arhivēt šo grupu</translation>
    </message>
    <message>
        <source>Save the group</source>
        <translation>Saglabāt grupu</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Kas izdarīts</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kursi</translation>
    </message>
    <message>
        <source>A group&apos;s courses are assigned to every member; they see them first.</source>
        <translation>Grupas kursi tiek piešķirti katram dalībniekam, un viņi tos redz pirmos.</translation>
    </message>
</context>
<context>
    <name>JoinCentre</name>
    <message>
        <source>LRS address</source>
        <translation>LRS adrese</translation>
    </message>
    <message>
        <source>LRS key</source>
        <translation>LRS atslēga</translation>
    </message>
    <message>
        <source>LRS secret</source>
        <translation>LRS noslēpums</translation>
    </message>
    <message>
        <source>Centre key</source>
        <translation>Centra atslēga</translation>
    </message>
    <message>
        <source>from the centre&apos;s recovery sheet</source>
        <translation>no centra atjaunošanas lapas</translation>
    </message>
    <message>
        <source>Join through the LRS</source>
        <translation>Pievienoties, izmantojot LRS</translation>
    </message>
    <message>
        <source>Join from a bundle file…</source>
        <translation>Pievienoties no pakas faila…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atpakaļ</translation>
    </message>
    <message>
        <source>Join an existing centre</source>
        <translation>Pievienoties esošam centram</translation>
    </message>
    <message>
        <source>This PC gets the centre&apos;s learners and all their results. Type the centre key from the recovery sheet, then the centre&apos;s LRS details, or use a bundle file another PC of the centre saved on a USB stick.</source>
        <translation>Šis dators saņems centra dalībniekus un visus viņu rezultātus. Ierakstiet centra atslēgu no atjaunošanas lapas un pēc tam centra LRS datus vai izmantojiet pakas failu, ko cits centra dators ir saglabājis USB zibatmiņā.</translation>
    </message>
    <message>
        <source>Please fill in the centre key and all LRS details.</source>
        <translation>Lūdzu, ierakstiet centra atslēgu un visus LRS datus.</translation>
    </message>
    <message>
        <source>Choose the bundle file</source>
        <translation>Izvēlieties pakas failu</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>Pakas (*.zip)</translation>
    </message>
    <message>
        <source>Please type the centre key first.</source>
        <translation>Lūdzu, vispirms ierakstiet centra atslēgu.</translation>
    </message>
    <message>
        <source>Joining the centre… this can take a few minutes.</source>
        <translation>Notiek pievienošanās centram… Tas var aizņemt dažas minūtes.</translation>
    </message>
    <message>
        <source>Joining failed: %1</source>
        <translation>Pievienoties neizdevās: %1</translation>
    </message>
</context>
<context>
    <name>LearnerCertificates</name>
    <message>
        <source>Certificates of %1</source>
        <translation>Sertifikāti: %1</translation>
    </message>
    <message>
        <source>%1 has not finished a course yet.</source>
        <translation>Vēl nav neviena pabeigta kursa: %1.</translation>
    </message>
    <message>
        <source>Certificates are printed in the learner&apos;s language: %1.</source>
        <translation>Sertifikāti tiek drukāti dalībnieka valodā: %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
</context>
<context>
    <name>LearnerCompetences</name>
    <message>
        <source>Only where self-rating and evidence disagree</source>
        <translation>Tikai tur, kur pašvērtējums un pierādījumi atšķiras</translation>
    </message>
    <message>
        <source>The level concluded rests on the strongest evidence: observed, then did, then known (questions and course quizzes), then said.</source>
        <translation>Secinājums balstās uz stiprāko pierādījumu: novērots, tad izdarīja, tad zina (jautājumi un kursu testi), tad paša vērtējums.</translation>
    </message>
</context>
<context>
    <name>LearnerForm</name>
    <message>
        <source>New learner</source>
        <translation>Jauns dalībnieks</translation>
    </message>
    <message>
        <source>Edit learner</source>
        <translation>Labot dalībnieka datus</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>4 to 6 numbers, or leave empty for no PIN</source>
        <translation>4 līdz 6 cipari; atstājiet tukšu, ja PIN nav vajadzīgs</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN</source>
        <translation>Atstājiet tukšu, lai paturētu pašreizējo PIN</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Noņemt PIN</translation>
    </message>
    <message>
        <source>Colour of the tile</source>
        <translation>Kartītes krāsa</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Krāsa %1</translation>
    </message>
    <message>
        <source>Picture on the tile</source>
        <translation>Attēls uz kartītes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>Gender (optional)</source>
        <translation>Dzimums (nav obligāts)</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Nevēlas norādīt</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Sieviete</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Vīrietis</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>Cits dzimums</translation>
    </message>
    <message>
        <source>Age (optional)</source>
        <translation>Vecums (nav obligāts)</translation>
    </message>
    <message>
        <source>Agrees that the centre keeps their learning records (needed)</source>
        <translation>Piekrīt, ka centrs glabā mācību datus (obligāti)</translation>
    </message>
    <message>
        <source>Agrees that their results are counted, without their name, by the programme</source>
        <translation>Piekrīt, ka programma izmanto rezultātus statistikā bez vārda norādīšanas</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Krāsa</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Attēls</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Dzimums</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Vecums</translation>
    </message>
    <message>
        <source>First letter</source>
        <translation>Pirmais burts</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Saule</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Zvaigzne</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Sirds</translation>
    </message>
    <message>
        <source>Flower</source>
        <translation>Zieds</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Māja</translation>
    </message>
    <message>
        <source>Music note</source>
        <translation>Nots</translation>
    </message>
    <message>
        <source>Snowflake</source>
        <translation>Sniegpārsla</translation>
    </message>
    <message>
        <source>Umbrella</source>
        <translation>Lietussargs</translation>
    </message>
</context>
<context>
    <name>LearnerPage</name>
    <message>
        <source>Quiz answers</source>
        <translation>Testu atbildes</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Jautājums</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Atbilde</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultāts</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Vēsture</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kursi</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Kompetences</translation>
    </message>
    <message>
        <source>Record an observed level…</source>
        <translation>Ierakstīt novēroto līmeni…</translation>
    </message>
    <message>
        <source>Assign a course…</source>
        <translation>Piešķirt kursu…</translation>
    </message>
    <message>
        <source>Export this learner&apos;s data…</source>
        <translation>Eksportēt dalībnieka datus…</translation>
    </message>
    <message>
        <source>Erase this learner&apos;s data…</source>
        <translation>Dzēst dalībnieka datus…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atpakaļ</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurss</translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation>Kur ir nonācis</translation>
    </message>
    <message>
        <source>Lessons finished</source>
        <translation>Pabeigtās nodarbības</translation>
    </message>
    <message>
        <source>Finish by</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Sākts</translation>
    </message>
    <message>
        <source>Quizzes not passed</source>
        <translation>Nenokārtotie testi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Kas izdarīts</translation>
    </message>
    <message>
        <source>Add to a group…</source>
        <translation>Pievienot grupai…</translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation>Sertifikāti…</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Grupas: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <source>No courses assigned or started yet.</source>
        <translation>Vēl nav piešķirtu vai sāktu kursu.</translation>
    </message>
    <message>
        <source>Time spent learning at the centre: %1 hours.</source>
        <translation>Mācībām centrā pavadītais laiks: %1 h.</translation>
    </message>
    <message>
        <source>Finished on %1</source>
        <translation>Pabeigts: %1</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Mācās</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Vēl nav sākts</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 no %2</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Patiesi</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Nepatiesi</translation>
    </message>
    <message>
        <source>%1 · quiz of “%2” · %3</source>
        <translation>%1 · nodarbības “%2” tests · %3</translation>
    </message>
    <message>
        <source>No quiz answers yet.</source>
        <translation>Vēl nav testu atbilžu.</translation>
    </message>
    <message>
        <source>right (try %1)</source>
        <translation>pareizi (%1. mēģinājums)</translation>
    </message>
    <message>
        <source>not right (try %1)</source>
        <translation>nepareizi (%1. mēģinājums)</translation>
    </message>
    <message>
        <source>%1 of %2 right the first time</source>
        <translation>%1 no %2 pareizi ar pirmo reizi</translation>
    </message>
    <message>
        <source>Was registered at the centre</source>
        <translation>Reģistrēts centrā</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Pieteicās</translation>
    </message>
    <message>
        <source>Was signed out after a while without activity</source>
        <translation>Tika izrakstīts pēc neaktivitātes</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Izrakstījās</translation>
    </message>
    <message>
        <source>Opened the lesson “%1”</source>
        <translation>Atvēra nodarbību “%1”</translation>
    </message>
    <message>
        <source>Finished the lesson “%1”</source>
        <translation>Pabeidza nodarbību “%1”</translation>
    </message>
    <message>
        <source>Finished the course “%1”</source>
        <translation>Pabeidza kursu “%1”</translation>
    </message>
    <message>
        <source>Passed the quiz of “%1”</source>
        <translation>Nokārtoja nodarbības “%1” testu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Did not pass the quiz of “%1” yet</source>
        <translation>Vēl nav nokārtojis nodarbības “%1” testu</translation>
    </message>
    <message>
        <source>Started a quick self-check: %1</source>
        <translation>Sāka īso pašnovērtējumu: %1</translation>
    </message>
    <message>
        <source>Started the full self-check</source>
        <translation>Sāka pilno pašnovērtējumu</translation>
    </message>
    <message>
        <source>Finished a quick self-check: %1</source>
        <translation>Pabeidza īso pašnovērtējumu: %1</translation>
    </message>
    <message>
        <source>Finished the full self-check</source>
        <translation>Pabeidza pilno pašnovērtējumu</translation>
    </message>
    <message>
        <source>Answered %1 of %2 knowledge questions of the self-check right</source>
        <translation>Pareizi atbildēja uz %1 no %2 pašpārbaudes zināšanu jautājumiem</translation>
    </message>
    <message>
        <source>A trainer watched “%1” and recorded “not yet”</source>
        <translation>Pasniedzējs vēroja “%1” un ierakstīja “vēl ne”</translation>
    </message>
    <message>
        <source>A trainer watched “%1” and recorded level %2</source>
        <translation>Pasniedzējs novēroja “%1” un ierakstīja %2. līmeni</translation>
    </message>
    <message>
        <source>Answered a question in the quiz of “%1”</source>
        <translation>Atbildēja uz jautājumu nodarbības “%1” testā</translation>
    </message>
    <message>
        <source>Answered a statement of the self-check</source>
        <translation>Atbildēja uz pašnovērtējuma apgalvojumu</translation>
    </message>
    <message>
        <source>Something a newer SkillsApp recorded (%1)</source>
        <translation>Kaut kas, ko ierakstīja jaunāka SkillsApp versija (%1)</translation>
    </message>
    <message>
        <source>Assigned “%1” to %2, to finish by %3.</source>
        <translation>Kurss “%1” piešķirts: %2, termiņš: %3.</translation>
    </message>
    <message>
        <source>Assigned “%1” to %2.</source>
        <translation>Kurss “%1” piešķirts: %2.</translation>
    </message>
    <message>
        <source>%1 is now in the group “%2”.</source>
        <translation>%1 tagad ir grupā “%2”.</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Izvēlieties, kur saglabāt</translation>
    </message>
    <message>
        <source>Data about %1</source>
        <translation>Dati: %1</translation>
    </message>
    <message>
        <source>What is kept</source>
        <translation>Kas tiek glabāts</translation>
    </message>
    <message>
        <source>What this PC holds</source>
        <translation>Kas ir šajā datorā</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nekas netika saglabāts: %1</translation>
    </message>
    <message>
        <source>Saved %1&apos;s data in %2: %3 and %4.</source>
        <translation>Dalībnieka %1 dati saglabāti mapē %2: %3 un %4.</translation>
    </message>
    <message>
        <source>Erase this learner&apos;s data?</source>
        <translation>Dzēst šī dalībnieka datus?</translation>
    </message>
    <message>
        <source>This removes %1&apos;s profile and every learning record from this PC and the centre&apos;s other PCs. It cannot be undone.

%2</source>
        <translation>Tiks dzēsts šī dalībnieka profils (%1) un visi mācību dati šajā datorā un citos centra datoros. To nevarēs atsaukt.

%2</translation>
    </message>
</context>
<context>
    <name>LearnerTile</name>
    <message>
        <source>Sign in as %1</source>
        <translation>Pieteikties kā %1</translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <source>Learners</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Show archived learners</source>
        <translation>Rādīt arhivētos dalībniekus</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Jauns dalībnieks</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atvērt</translation>
    </message>
    <message>
        <source>Open the learner&apos;s page</source>
        <translation>Atvērt dalībnieka lapu</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Labot</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arhivēt</translation>
    </message>
    <message>
        <source>Unlock PIN</source>
        <translation>Atbloķēt PIN</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Kas izdarīts</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nē</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arhivēts</translation>
    </message>
    <message>
        <source>locked (too many wrong PINs)</source>
        <translation>bloķēts (pārāk daudz nepareizu PIN)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktīvs</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Atjaunot</translation>
    </message>
    <message>
        <source>Added %1. Their tile is on the start screen of this PC.</source>
        <translation>Pievienots: %1. Flīze ir šī datora sākuma ekrānā.</translation>
    </message>
    <message>
        <source>Saved the changes to %1&apos;s profile.</source>
        <translation>Profila izmaiņas saglabātas: %1.</translation>
    </message>
    <message>
        <source>Restored %1: their tile is back on the start screen.</source>
        <translation>Atjaunots: %1. Flīze atkal ir sākuma ekrānā.</translation>
    </message>
    <message>
        <source>Archived %1: their tile is gone and their records are kept.</source>
        <translation>Arhivēts: %1. Flīzes vairs nav, ieraksti ir saglabāti.</translation>
    </message>
    <message>
        <source>%1 can sign in with their PIN again.</source>
        <translation>%1 atkal var pieteikties ar PIN kodu.</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Lesson text</source>
        <translation>Nodarbības teksts</translation>
    </message>
    <message>
        <source>Check what I learned</source>
        <translation>Pārbaudīt, ko iemācījos</translation>
    </message>
    <message>
        <source>I have finished this lesson</source>
        <translation>Nodarbība ir pabeigta</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Atpakaļ uz kursu</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lasīt skaļi</translation>
    </message>
    <message>
        <source>%1 · Lesson %2 of %3</source>
        <translation>%1 · %2. nodarbība no %3</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Pārtraukt lasīšanu</translation>
    </message>
    <message>
        <source>Links are switched off</source>
        <translation>Saites ir izslēgtas</translation>
    </message>
    <message>
        <source>Opening web pages from lessons is switched off on this PC.</source>
        <translation>Šajā datorā ir izslēgta tīmekļa lapu atvēršana no nodarbībām.</translation>
    </message>
    <message>
        <source>Open a web page?</source>
        <translation>Atvērt tīmekļa lapu?</translation>
    </message>
    <message>
        <source>This link opens a web page outside SkillsApp, in your web browser:

%1

Do you want to open it?</source>
        <translation>Šī saite atvērs tīmekļa lapu ārpus SkillsApp – jūsu tīmekļa pārlūkā:

%1

Vai vēlaties to atvērt?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Finish</source>
        <translation>Beigt</translation>
    </message>
    <message>
        <source>Finish and sign out</source>
        <translation>Beigt un iziet</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Es vēl esmu šeit</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Iziet</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? You will be signed out in %n seconds to keep your work private.</source>
        <translation>
            <numerusform>Vai jūs vēl esat šeit? Lai jūsu darbs paliktu privāts, pēc %n sekundes sesija tiks beigta.</numerusform>
            <numerusform>Vai jūs vēl esat šeit? Lai jūsu darbs paliktu privāts, pēc %n sekundēm sesija tiks beigta.</numerusform>
            <numerusform>Vai jūs vēl esat šeit? Lai jūsu darbs paliktu privāts, pēc %n sekundēm sesija tiks beigta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchInput</name>
    <message>
        <source>Choose…</source>
        <translation>Izvēlieties…</translation>
    </message>
    <message>
        <source>What goes with “%1”</source>
        <translation>Kas pieder pie „%1”</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>A PIN is {low} to {high} numbers, for example 4 8 1 5.</source>
        <translation>PIN sastāv tikai no cipariem, piemēram, 4 8 1 5 (ciparu skaits: no {low} līdz {high}).</translation>
    </message>
    <message>
        <source>A learner&apos;s record</source>
        <translation>Dalībnieka ieraksti</translation>
    </message>
    <message>
        <source>A web page answered instead of the LRS (a Wi-Fi sign-in page or a wrong address?).</source>
        <translation>LRS vietā atbildēja kāda tīmekļa lapa (varbūt Wi-Fi pieteikšanās lapa vai nepareiza adrese?).</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Augstākais līmenis</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Vecuma grupa</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kopā</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Visi dalībnieki</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>Cits dzimums</translation>
    </message>
    <message>
        <source>Attendance counts the days from {day} on.</source>
        <translation>Apmeklējuma dienas skaitītas, sākot ar šo datumu: {day}.</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Pamatlīmenis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Pabeigts</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Savienojums izveidots</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Sadalījums pēc</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurss</translation>
    </message>
    <message>
        <source>Courses completed</source>
        <translation>Pabeigtie kursi</translation>
    </message>
    <message>
        <source>Days present in the last 30 days</source>
        <translation>Apmeklējuma dienas pēdējās 30 dienās</translation>
    </message>
    <message>
        <source>DigComp area</source>
        <translation>DigComp joma</translation>
    </message>
    <message>
        <source>DigComp levels by area</source>
        <translation>DigComp līmeņi pa jomām</translation>
    </message>
    <message>
        <source>DigComp levels by area from {start} to {end}</source>
        <translation>DigComp līmeņi pa jomām no {start} līdz {end}</translation>
    </message>
    <message>
        <source>DigComp version {version} is not known.</source>
        <translation>DigComp versija {version} nav zināma.</translation>
    </message>
    <message>
        <source>Every statement has been answered.</source>
        <translation>Uz visiem apgalvojumiem jau ir atbildēts.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Rādītājs</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Pamatlīmenis</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Dzimums</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Group progress</source>
        <translation>Grupas progress</translation>
    </message>
    <message>
        <source>Highly advanced</source>
        <translation>Ļoti augsts līmenis</translation>
    </message>
    <message>
        <source>Highly specialised</source>
        <translation>Ļoti specializēts līmenis</translation>
    </message>
    <message>
        <source>Hours of learning</source>
        <translation>Mācību stundas</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Notiek</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Rādītājs</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Vidējais līmenis</translation>
    </message>
    <message>
        <source>Latest self-check</source>
        <translation>Pēdējais pašnovērtējums</translation>
    </message>
    <message>
        <source>Latest self-check, DigCompSat bands</source>
        <translation>Pēdējais pašnovērtējums, DigCompSat grupas</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Dalībnieks</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <source>Learning record of {name}</source>
        <translation>Mācību ieraksti: {name}</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Nodarbības</translation>
    </message>
    <message>
        <source>Lessons done</source>
        <translation>Izietās nodarbības</translation>
    </message>
    <message>
        <source>Level gain, observed by a trainer</source>
        <translation>Līmeņa pieaugums, pasniedzēja novērojums</translation>
    </message>
    <message>
        <source>Level gain, self-assessed</source>
        <translation>Līmeņa pieaugums, pašvērtējums</translation>
    </message>
    <message>
        <source>Level gains: latest minus first level in the period, averaged over the learners assessed at least twice; the column “Learners” says how many.</source>
        <translation>Līmeņa pieaugums: pēdējais mīnus pirmais līmenis periodā, vidēji dalībniekiem, kas novērtēti vismaz divreiz; kolonna „Dalībnieki” rāda, cik viņu ir.</translation>
    </message>
    <message>
        <source>Levels from the self-checks finished in the period. “Latest self-check”: each learner&apos;s latest level in the area. The first and latest self-check are compared for the learners who did two or more in the period (pre/post).</source>
        <translation>Līmeņi no periodā pabeigtajiem pašnovērtējumiem. „Pēdējais pašnovērtējums”: katra dalībnieka pēdējais līmenis jomā. Pirmo un pēdējo pašnovērtējumu salīdzina dalībniekiem, kas periodā veica divus vai vairāk (pirms/pēc).</translation>
    </message>
    <message>
        <source>May need help</source>
        <translation>Var būt vajadzīga palīdzība</translation>
    </message>
    <message>
        <source>Mean level</source>
        <translation>Līmeņa vidējā vērtība</translation>
    </message>
    <message>
        <source>Mean self-check score, % (DigCompSat)</source>
        <translation>Vidējais pašnovērtējuma rezultāts, % (DigCompSat)</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Vīrieši</translation>
    </message>
    <message>
        <source>No centre in this LRS account opens with this centre key. Please check the key on the centre&apos;s recovery sheet, and the LRS key and secret.</source>
        <translation>Šajā LRS kontā nav neviena centra, ko varētu atvērt ar šo centra atslēgu. Lūdzu, pārbaudiet atslēgu centra atjaunošanas lapā, kā arī LRS atslēgu un noslēpumu.</translation>
    </message>
    <message>
        <source>No printer is set up on this PC. Save the PDF instead and print it elsewhere, or ask whoever looks after this PC to add a printer.</source>
        <translation>Šajā datorā nav iestatīts neviens printeris. Saglabājiet PDF un izdrukājiet to citur vai palūdziet datora uzturētājam pievienot printeri.</translation>
    </message>
    <message>
        <source>No progress for 2 weeks</source>
        <translation>2 nedēļas bez progresa</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nav sākts</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nav norādīts</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Vēl ne</translation>
    </message>
    <message>
        <source>Only a trainer of this centre can record an assessment.</source>
        <translation>Novērtējumu var ierakstīt tikai šī centra pasniedzējs.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Dalībnieki periodā</translation>
    </message>
    <message>
        <source>Participants: learners who signed in or learned on at least one day of the period.</source>
        <translation>Dalībnieki periodā: tie, kas vismaz vienā perioda dienā pieteicās vai mācījās.</translation>
    </message>
    <message>
        <source>Please answer every statement before finishing.</source>
        <translation>Lūdzu, pirms beigšanas atbildiet uz visiem apgalvojumiem.</translation>
    </message>
    <message>
        <source>Please choose a period between {earliest} and the end of next year.</source>
        <translation>Lūdzu, izvēlieties periodu no {earliest} līdz nākamā gada beigām.</translation>
    </message>
    <message>
        <source>Please choose one of the answers.</source>
        <translation>Lūdzu, izvēlieties vienu no atbildēm.</translation>
    </message>
    <message>
        <source>Please choose one of the five areas for the quick check.</source>
        <translation>Lūdzu, izvēlieties ātrajai pārbaudei vienu no piecām jomām.</translation>
    </message>
    <message>
        <source>Please choose one of the four answers.</source>
        <translation>Lūdzu, izvēlieties vienu no četrām atbildēm.</translation>
    </message>
    <message>
        <source>Please choose one of the offered colours.</source>
        <translation>Lūdzu, izvēlieties vienu no piedāvātajām krāsām.</translation>
    </message>
    <message>
        <source>Please choose one of the offered languages.</source>
        <translation>Lūdzu, izvēlieties vienu no piedāvātajām valodām.</translation>
    </message>
    <message>
        <source>Please choose one of the offered pictures.</source>
        <translation>Lūdzu, izvēlieties vienu no piedāvātajiem attēliem.</translation>
    </message>
    <message>
        <source>Please choose the quick check or the full check.</source>
        <translation>Lūdzu, izvēlieties ātro vai pilno pārbaudi.</translation>
    </message>
    <message>
        <source>Please choose the task you watched before ticking its steps.</source>
        <translation>Lūdzu, vispirms izvēlieties novēroto uzdevumu un tikai tad atzīmējiet tā soļus.</translation>
    </message>
    <message>
        <source>Please give dates as year-month-day, for example 2026-03-31.</source>
        <translation>Lūdzu, rakstiet datumus formā gads-mēnesis-diena, piemēram, 2026-03-31.</translation>
    </message>
    <message>
        <source>Please give the course&apos;s id, for example --course email-basics.</source>
        <translation>Lūdzu, norādiet kursa identifikatoru, piemēram, --course email-basics.</translation>
    </message>
    <message>
        <source>Please give the due date as a day, for example 2026-05-31.</source>
        <translation>Lūdzu, norādiet termiņu kā datumu, piemēram, 2026-05-31.</translation>
    </message>
    <message>
        <source>Please give the period: its first and its last day.</source>
        <translation>Lūdzu, norādiet periodu: tā pirmo un pēdējo dienu.</translation>
    </message>
    <message>
        <source>Please keep the note under {limit} characters.</source>
        <translation>Piezīme ir par garu. Lūdzu, saīsiniet to: rakstzīmju skaitam jābūt mazākam par {limit}.</translation>
    </message>
    <message>
        <source>Please put the key and secret in their own boxes, not in the address.</source>
        <translation>Lūdzu, ierakstiet atslēgu un noslēpumu tiem paredzētajos laukos, nevis adresē.</translation>
    </message>
    <message>
        <source>Please set the LRS address, key and secret first.</source>
        <translation>Lūdzu, vispirms iestatiet LRS adresi, atslēgu un noslēpumu.</translation>
    </message>
    <message>
        <source>Please set the centre key first (trainer settings, Sync).</source>
        <translation>Lūdzu, vispirms iestatiet centra atslēgu (pasniedzēja iestatījumi, Sinhronizācija).</translation>
    </message>
    <message>
        <source>Please type a {field}.</source>
        <translation>Lūdzu, ierakstiet: {field}.</translation>
    </message>
    <message>
        <source>Please type the LRS key and secret.</source>
        <translation>Lūdzu, ierakstiet LRS atslēgu un noslēpumu.</translation>
    </message>
    <message>
        <source>Please type the centre key to set up this PC from the bundle.</source>
        <translation>Lūdzu, ierakstiet centra atslēgu, lai iestatītu šo datoru no pakas.</translation>
    </message>
    <message>
        <source>Post: latest self-check (of those with two or more)</source>
        <translation>Pēc: pēdējais pašnovērtējums (tiem, kam ir divi vai vairāk)</translation>
    </message>
    <message>
        <source>Pre/post: too few to report</source>
        <translation>Pirms/pēc: par maz, lai ziņotu</translation>
    </message>
    <message>
        <source>Pre: first self-check (of those with two or more)</source>
        <translation>Pirms: pirmais pašnovērtējums (tiem, kam ir divi vai vairāk)</translation>
    </message>
    <message>
        <source>Programme indicators</source>
        <translation>Programmas rādītāji</translation>
    </message>
    <message>
        <source>Programme indicators from {start} to {end}</source>
        <translation>Programmas rādītāji: {start} – {end}</translation>
    </message>
    <message>
        <source>Progress of the group {name}</source>
        <translation>Grupas {name} progress</translation>
    </message>
    <message>
        <source>Quiz not passed after {count} tries</source>
        <translation>Tests nav nokārtots pēc {count} mēģinājumiem</translation>
    </message>
    <message>
        <source>Quiz tries</source>
        <translation>Testu mēģinājumi</translation>
    </message>
    <message>
        <source>Quiz tries not passed</source>
        <translation>Nenokārtotie testu mēģinājumi</translation>
    </message>
    <message>
        <source>Self-check score as DigCompSat counts it: the mean of the answers&apos; points in the area, as a percentage. Its bands: Low 0–29 % (counted under “Not yet”), Foundation 30–47 %, Intermediate 48–80 %, Advanced 81–100 %.</source>
        <translation>Pašnovērtējuma rezultāts pēc DigCompSat: atbilžu punktu vidējais jomā procentos. Tā grupas: Zems 0–29% (ieskaitīts „Vēl ne”), Pamatlīmenis 30–47%, Vidējais līmenis 48–80%, Augstākais līmenis 81–100%.</translation>
    </message>
    <message>
        <source>SkillsApp cannot save in its data folder ({folder}) because it is read-only. Please ask whoever looks after this PC to allow writing there, or set SKILLSAPP_HOME to a folder that can be written. Nothing has been changed.</source>
        <translation>SkillsApp nevar saglabāt savā datu mapē ({folder}), jo tā ir tikai lasāma. Palūdziet tam, kurš rūpējas par šo datoru, atļaut tajā rakstīt, vai iestatiet SKILLSAPP_HOME uz mapi, kurā var rakstīt. Nekas netika mainīts.</translation>
    </message>
    <message>
        <source>SkillsApp cannot use its data folder ({folder}): {reason}. Please check that the folder exists and can be written, or set SKILLSAPP_HOME to another folder. Nothing has been changed.</source>
        <translation>SkillsApp nevar izmantot savu datu mapi ({folder}): {reason}. Lūdzu, pārbaudiet, vai mape pastāv un tajā var rakstīt, vai iestatiet SKILLSAPP_HOME uz citu mapi. Nekas netika mainīts.</translation>
    </message>
    <message>
        <source>So that nobody can be singled out, figures about fewer than {least} learners are not shown: “Too few to report”.</source>
        <translation>Lai nevienu nevarētu atpazīt, dati par mazāk nekā {least} dalībniekiem netiek rādīti: „Par maz, lai ziņotu”.</translation>
    </message>
    <message>
        <source>Some members of this group are not learners of the centre ({count}).</source>
        <translation>Daži šīs grupas locekļi nav šī centra dalībnieki ({count}).</translation>
    </message>
    <message>
        <source>Some results could not be confirmed ({count}); they will be sent again.</source>
        <translation>Dažus rezultātus nevarēja apstiprināt ({count}); tie tiks nosūtīti vēlreiz.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Sākts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Text size must be between 100% and 200%.</source>
        <translation>Teksta lielumam jābūt no 100% līdz 200%.</translation>
    </message>
    <message>
        <source>That course is not on this PC.</source>
        <translation>Šī kursa šajā datorā nav.</translation>
    </message>
    <message>
        <source>That task is not in the list of tasks.</source>
        <translation>Šī uzdevuma nav uzdevumu sarakstā.</translation>
    </message>
    <message>
        <source>That task shows a different competence.</source>
        <translation>Šis uzdevums attiecas uz citu kompetenci.</translation>
    </message>
    <message>
        <source>The LRS address must start with https:// so that results travel safely.</source>
        <translation>LRS adresei jāsākas ar https://, lai rezultāti tiktu pārsūtīti droši.</translation>
    </message>
    <message>
        <source>The LRS address should look like https://lrs.example.org/xAPI/</source>
        <translation>LRS adresei jāizskatās apmēram šādi: https://lrs.example.org/xAPI/</translation>
    </message>
    <message>
        <source>The LRS answered, but not with a list of statements.</source>
        <translation>LRS atbildēja, taču atbildē nebija ierakstu saraksta.</translation>
    </message>
    <message>
        <source>The LRS answered, but not with the list of stored statements.</source>
        <translation>LRS atbildēja, taču atbildē nebija saglabāto ierakstu saraksta.</translation>
    </message>
    <message>
        <source>The LRS cannot be reached; results are kept here and sent later.</source>
        <translation>Ar LRS nevar sazināties; rezultāti tiek glabāti šeit un tiks nosūtīti vēlāk.</translation>
    </message>
    <message>
        <source>The LRS gave an unexpected answer (HTTP {status}).</source>
        <translation>LRS sniedza negaidītu atbildi (HTTP {status}).</translation>
    </message>
    <message>
        <source>The LRS has a problem of its own (HTTP {status}); trying later.</source>
        <translation>LRS pusē ir radusies problēma (HTTP {status}); vēlāk tiks mēģināts vēlreiz.</translation>
    </message>
    <message>
        <source>The LRS keeps sending us elsewhere; please check the address.</source>
        <translation>LRS atkal un atkal novirza citur; lūdzu, pārbaudiet adresi.</translation>
    </message>
    <message>
        <source>The LRS refused the statement (HTTP {status}): {detail}</source>
        <translation>LRS noraidīja ierakstu (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>The LRS sent a broken link to the next page.</source>
        <translation>LRS nosūtīja bojātu saiti uz nākamo lapu.</translation>
    </message>
    <message>
        <source>The LRS sent an answer far too large to be statements.</source>
        <translation>LRS nosūtīja atbildi, kas ir daudz par lielu, lai tajā būtu tikai ieraksti.</translation>
    </message>
    <message>
        <source>The LRS sent an answer that cannot be read.</source>
        <translation>LRS nosūtīja atbildi, ko nevar nolasīt.</translation>
    </message>
    <message>
        <source>The LRS sent us to another address ({host}); nothing was sent there.</source>
        <translation>LRS novirzīja uz citu adresi ({host}); uz turieni nekas netika nosūtīts.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {file}: {reason}. Check that the USB stick is plugged in and has free space. Nothing was saved.</source>
        <translation>PDF failu nevarēja saglabāt kā {file}: {reason}. Pārbaudiet, vai USB zibatmiņa ir pievienota un tajā ir brīva vieta. Nekas netika saglabāts.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {file}: {reason}. Nothing was saved.</source>
        <translation>PDF failu nevarēja saglabāt kā {file}: {reason}. Nekas netika saglabāts.</translation>
    </message>
    <message>
        <source>The bundle cannot be read ({reason}).</source>
        <translation>Paku nevar nolasīt ({reason}).</translation>
    </message>
    <message>
        <source>The centre key does not open this bundle. Please check the key.</source>
        <translation>Ar šo centra atslēgu nevar atvērt šo paku. Lūdzu, pārbaudiet atslēgu.</translation>
    </message>
    <message>
        <source>The centre key needs at least {limit} characters.</source>
        <translation>Centra atslēga ir par īsu (mazākais rakstzīmju skaits: {limit}).</translation>
    </message>
    <message>
        <source>The centre needs at least one trainer account.</source>
        <translation>Centram ir vajadzīgs vismaz viens pasniedzēja konts.</translation>
    </message>
    <message>
        <source>The course “{title}” comes with SkillsApp and cannot be replaced from a file. It is updated together with SkillsApp.</source>
        <translation>Kurss „{title}” ir iekļauts SkillsApp, un to nevar aizstāt no faila. Tas tiek atjaunināts kopā ar SkillsApp.</translation>
    </message>
    <message>
        <source>The course “{title}” is already installed in version {installed}. This file holds version {version}, which is not newer, so nothing was changed.</source>
        <translation>Kurss „{title}” jau ir instalēts (versija {installed}). Šajā failā ir versija {version}, kas nav jaunāka, tāpēc nekas netika mainīts.</translation>
    </message>
    <message>
        <source>The day to finish by has already passed. Please choose today or a later day.</source>
        <translation>Šī diena jau ir pagājusi. Lūdzu, izvēlieties šodienu vai vēlāku dienu.</translation>
    </message>
    <message>
        <source>The day you watched the task cannot be in the future.</source>
        <translation>Diena, kad novērojāt uzdevumu, nevar būt nākotnē.</translation>
    </message>
    <message>
        <source>The disk where SkillsApp keeps its records ({folder}) is full. Please make some room on it (for example, empty the recycle bin), then start SkillsApp again. Nothing has been changed.</source>
        <translation>Disks, kurā SkillsApp glabā datus ({folder}), ir pilns. Lūdzu, atbrīvojiet tajā vietu (piemēram, iztukšojiet atkritni) un pēc tam atveriet SkillsApp vēlreiz. Nekas netika mainīts.</translation>
    </message>
    <message>
        <source>The key or secret is wrong.</source>
        <translation>Atslēga vai noslēpums nav pareizs.</translation>
    </message>
    <message>
        <source>The learning records in {file} were saved by a newer version of SkillsApp (data version {found}, this version reads up to {known}). Please install the newer version; nothing has been changed.</source>
        <translation>Mācību dati failā {file} ir saglabāti ar jaunāku SkillsApp versiju (datu versija {found}, šī versija spēj nolasīt līdz {known}). Lūdzu, instalējiet jaunāko versiju; nekas netika mainīts.</translation>
    </message>
    <message>
        <source>The learning records on this PC ({file}) are damaged and cannot be opened ({detail}).</source>
        <translation>Mācību dati šajā datorā ({file}) ir bojāti, un tos nevar atvērt ({detail}).</translation>
    </message>
    <message>
        <source>The level must be a whole number from {low} to {high}.</source>
        <translation>Līmenim jābūt veselam skaitlim no {low} līdz {high}.</translation>
    </message>
    <message>
        <source>The password can have at most {limit} characters.</source>
        <translation>Parole ir par garu (lielākais rakstzīmju skaits: {limit}).</translation>
    </message>
    <message>
        <source>The password contains characters that cannot be typed. Please try again.</source>
        <translation>Parolē ir rakstzīmes, kuras nevar ierakstīt. Lūdzu, mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>The password needs at least {limit} characters.</source>
        <translation>Parole ir par īsu (mazākais rakstzīmju skaits: {limit}).</translation>
    </message>
    <message>
        <source>The period ends before it starts. Please swap the two dates.</source>
        <translation>Perioda beigas ir pirms tā sākuma. Lūdzu, samainiet abus datumus vietām.</translation>
    </message>
    <message>
        <source>The printer reported a problem and the pages may not have come out. Check that it is switched on and has paper, then try again.</source>
        <translation>Printeris ziņoja par problēmu, un lapas, iespējams, netika izdrukātas. Pārbaudiet, vai tas ir ieslēgts un tajā ir papīrs, un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>The report could not be saved as {file}: {reason}. Check that the USB stick is plugged in, has free space and is not write-protected. Nothing was saved.</source>
        <translation>Atskaiti nevarēja saglabāt kā {file}: {reason}. Pārbaudiet, vai USB zibatmiņa ir pievienota, vai tajā ir brīva vieta un vai tā nav aizsargāta pret rakstīšanu. Nekas netika saglabāts.</translation>
    </message>
    <message>
        <source>The resident needs to agree that the centre keeps their learning records, otherwise their progress cannot be saved.</source>
        <translation>Dalībniekam jāpiekrīt, ka centrs glabā viņa mācību datus, citādi viņa paveikto nevar saglabāt.</translation>
    </message>
    <message>
        <source>The steps of this task are numbered 1 to {count}.</source>
        <translation>Šī uzdevuma soļi ir numurēti no 1 līdz {count}.</translation>
    </message>
    <message>
        <source>The {field} contains characters that cannot be shown. Please type it again.</source>
        <translation>Ierakstītais {field} satur rakstzīmes, kuras nevar parādīt. Lūdzu, ierakstiet to vēlreiz.</translation>
    </message>
    <message>
        <source>The {field} is too long: please use at most {limit} letters.</source>
        <translation>Ierakstītais {field} ir par garu. Lielākais atļautais burtu skaits: {limit}.</translation>
    </message>
    <message>
        <source>The {field} needs at least one letter.</source>
        <translation>Ierakstītais {field} nesatur nevienu burtu. Lūdzu, ierakstiet vismaz vienu burtu.</translation>
    </message>
    <message>
        <source>There are no groups yet.</source>
        <translation>Vēl nav nevienas grupas.</translation>
    </message>
    <message>
        <source>There are no learners yet.</source>
        <translation>Vēl nav neviena dalībnieka.</translation>
    </message>
    <message>
        <source>There is no group called “{name}”. The groups are: {names}.</source>
        <translation>Nav grupas ar nosaukumu “{name}”. Grupas ir: {names}.</translation>
    </message>
    <message>
        <source>There is no learner called “{name}”.</source>
        <translation>Nav dalībnieka ar vārdu “{name}”.</translation>
    </message>
    <message>
        <source>There is no report called “{name}”. The reports are: {names}.</source>
        <translation>Nav pārskata ar nosaukumu “{name}”. Pārskati ir: {names}.</translation>
    </message>
    <message>
        <source>There is no room left on the disk that holds {folder}, or it cannot be written to. Please free some space (or ask whoever looks after this PC) and start SkillsApp again. Your records are safe; nothing was changed.</source>
        <translation>Diskā, kurā atrodas {folder}, vairs nav brīvas vietas, vai tajā nevar rakstīt. Lūdzu, atbrīvojiet vietu (vai palūdziet palīdzību tam, kurš rūpējas par šo datoru) un atveriet SkillsApp vēlreiz. Jūsu dati ir drošībā; nekas netika mainīts.</translation>
    </message>
    <message>
        <source>This PC already belongs to a centre.</source>
        <translation>Šis dators jau pieder kādam centram.</translation>
    </message>
    <message>
        <source>This bundle belongs to another centre ({centre}), not to this one. Nothing was imported.</source>
        <translation>Šī paka pieder citam centram ({centre}), nevis šim. Nekas netika importēts.</translation>
    </message>
    <message>
        <source>This bundle has been changed since it was made, or it was made with another centre key. Nothing was imported.</source>
        <translation>Šī paka pēc izveides ir mainīta, vai arī tā izveidota ar citu centra atslēgu. Nekas netika importēts.</translation>
    </message>
    <message>
        <source>This bundle unpacks to far more data than a centre can hold. Nothing was imported.</source>
        <translation>Izpakota šī paka aizņemtu daudz vairāk datu, nekā var būt vienam centram. Nekas netika importēts.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of SkillsApp ({version}). Please update SkillsApp on this PC first. Nothing was imported.</source>
        <translation>Šī paka izveidota ar jaunāku SkillsApp versiju ({version}). Lūdzu, vispirms atjauniniet SkillsApp šajā datorā. Nekas netika importēts.</translation>
    </message>
    <message>
        <source>This course pack is protected with a password; make the zip again without one.</source>
        <translation>Šī kursu paka ir aizsargāta ar paroli; izveidojiet zip failu vēlreiz bez paroles.</translation>
    </message>
    <message>
        <source>This course pack would take {size} MB once unpacked; at most {limit} MB is allowed.</source>
        <translation>Izpakota šī kursu paka aizņemtu {size} MB; atļauts ne vairāk kā {limit} MB.</translation>
    </message>
    <message>
        <source>This file cannot be read: {reason}.</source>
        <translation>Šo failu nevar nolasīt: {reason}.</translation>
    </message>
    <message>
        <source>This file holds {count} files; a course pack may hold at most {limit}. It is probably not a course pack.</source>
        <translation>Šajā failā ir pārāk daudz failu ({count}); kursu pakā to drīkst būt ne vairāk kā {limit}. Visticamāk, tā nav kursu paka.</translation>
    </message>
    <message>
        <source>This file holds “{name}” twice.</source>
        <translation>Šajā failā „{name}” ir divreiz.</translation>
    </message>
    <message>
        <source>This file is damaged or was made in a way SkillsApp cannot open; make the zip again with an ordinary zip program.</source>
        <translation>Šis fails ir bojāts vai izveidots tā, ka SkillsApp to nevar atvērt; izveidojiet zip failu vēlreiz ar parastu arhivēšanas programmu.</translation>
    </message>
    <message>
        <source>This file is not a SkillsApp bundle. Nothing was imported.</source>
        <translation>Šis fails nav SkillsApp paka. Nekas netika importēts.</translation>
    </message>
    <message>
        <source>This file is not a complete SkillsApp bundle (it may have been cut short while copying). Please copy it again. Nothing was imported.</source>
        <translation>Šis fails nav pilnīga SkillsApp paka (iespējams, kopēšana tika pārtraukta). Lūdzu, nokopējiet to vēlreiz. Nekas netika importēts.</translation>
    </message>
    <message>
        <source>This file is not a course pack: it has no course.yaml.</source>
        <translation>Šis fails nav kursu paka: tajā nav faila course.yaml.</translation>
    </message>
    <message>
        <source>This file is not a course pack: it is not a zip file, or it is damaged or incomplete (copy it to the USB stick again).</source>
        <translation>Šis fails nav kursu paka: tas nav zip fails, vai arī tas ir bojāts vai nepilnīgs (nokopējiet to USB zibatmiņā vēlreiz).</translation>
    </message>
    <message>
        <source>This file is not a safe course pack.</source>
        <translation>Šis fails nav droša kursu paka.</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: it would unpack to far more data than it holds (a &apos;zip bomb&apos;).</source>
        <translation>Šis fails nav droša kursu paka: izpakojot no tā rastos daudzkārt vairāk datu, nekā tajā ir („zip bumba”).</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: “{name}” is a link or a special file, not a plain file.</source>
        <translation>Šis fails nav droša kursu paka: „{name}” ir saite vai īpašs fails, nevis parasts fails.</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: “{name}” would be written outside the course folder.</source>
        <translation>Šis fails nav droša kursu paka: „{name}” tiktu ierakstīts ārpus kursa mapes.</translation>
    </message>
    <message>
        <source>This learner is not registered at this centre.</source>
        <translation>Šis dalībnieks nav reģistrēts šajā centrā.</translation>
    </message>
    <message>
        <source>This learner&apos;s profile is archived; restore it first.</source>
        <translation>Šī dalībnieka profils ir arhivēts; vispirms atjaunojiet to.</translation>
    </message>
    <message>
        <source>This trainer account is archived.</source>
        <translation>Šis pasniedzēja konts ir arhivēts.</translation>
    </message>
    <message>
        <source>This trainer could not be saved. Please try again.</source>
        <translation>Pasniedzēja datus nevarēja saglabāt. Lūdzu, mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>Time spent learning at the centre, in hours: {hours}</source>
        <translation>Mācībām centrā pavadītais laiks stundās: {hours}</translation>
    </message>
    <message>
        <source>Too few to report</source>
        <translation>Par maz, lai ziņotu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vērtība</translation>
    </message>
    <message>
        <source>Why help may be needed</source>
        <translation>Kāpēc var būt vajadzīga palīdzība</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Sievietes</translation>
    </message>
    <message>
        <source>centre name</source>
        <translation>centra nosaukums</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>vārds</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>grupas nosaukums</translation>
    </message>
    <message>
        <source>it is not a SkillsApp database file</source>
        <translation>tas nav SkillsApp datu fails</translation>
    </message>
    <message>
        <source>name</source>
        <translation>vārds</translation>
    </message>
    <message>
        <source>trainer&apos;s name</source>
        <translation>pasniedzēja vārds</translation>
    </message>
    <message>
        <source>{name} has no certificate for the course “{course}” yet: it comes when the course is finished.</source>
        <translation>{name}: sertifikāta par kursu „{course}” vēl nav; to saņem, kad kurss ir pabeigts.</translation>
    </message>
    <message>
        <source>{name} is already in the group “{group}”.</source>
        <translation>{name} jau ir grupā “{group}”.</translation>
    </message>
    <message>
        <source>“{code}” is not a DigComp competence.</source>
        <translation>„{code}” nav DigComp kompetence.</translation>
    </message>
</context>
<context>
    <name>MyData</name>
    <message>
        <source>What happens in the learning record store (LRS): it only ever received results under a number, never a name. Results it already received are marked as withdrawn (voided), so reports no longer count them, but the store keeps a record that they existed.</source>
        <translation>Kas notiek mācību datu krātuvē (LRS): tā rezultātus vienmēr ir saņēmusi tikai ar numuru, nekad ar vārdu. Jau saņemtie rezultāti tiek atzīmēti kā atsaukti (anulēti), tāpēc atskaitēs tos vairs neskaita, taču krātuvē paliek ieraksts, ka tie ir bijuši.</translation>
    </message>
    <message>
        <source>The centre keeps your learning records.</source>
        <translation>Centrs glabā jūsu mācību datus.</translation>
    </message>
    <message>
        <source>Your results are counted, without your name, by the programme.</source>
        <translation>Programma izmanto jūsu rezultātus statistikā bez jūsu vārda.</translation>
    </message>
    <message>
        <source>Your results are not shared with the programme.</source>
        <translation>Jūsu rezultāti netiek nodoti programmai.</translation>
    </message>
    <message>
        <source>You agreed on %1.</source>
        <translation>Jūs piekritāt %1.</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Jūsu profils</translation>
    </message>
    <message>
        <source>First name %1; language %2; %3; tile colour and picture.</source>
        <translation>Vārds: %1; valoda: %2; %3; kartītes krāsa un attēls.</translation>
    </message>
    <message>
        <source>a PIN is set</source>
        <translation>PIN ir iestatīts</translation>
    </message>
    <message>
        <source>no PIN</source>
        <translation>bez PIN</translation>
    </message>
    <message>
        <source>About you (optional)</source>
        <translation>Par jums (nav obligāti)</translation>
    </message>
    <message>
        <source>Gender: %1. Age: %2.</source>
        <translation>Dzimums: %1. Vecums: %2.</translation>
    </message>
    <message>
        <source>What you agreed to</source>
        <translation>Kam jūs piekritāt</translation>
    </message>
    <message>
        <source>Your courses</source>
        <translation>Jūsu kursi</translation>
    </message>
    <message>
        <source>%1 started, %2 finished.</source>
        <translation>Sākti: %1, pabeigti: %2.</translation>
    </message>
    <message>
        <source>Your visits</source>
        <translation>Jūsu apmeklējumi</translation>
    </message>
    <message numerus="yes">
        <source>You came on %n day(s).</source>
        <translation>
            <numerusform>Jūs šeit bijāt %n dienu.</numerusform>
            <numerusform>Jūs šeit bijāt %n dienas.</numerusform>
            <numerusform>Jūs šeit bijāt %n dienas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your groups</source>
        <translation>Jūsu grupas</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nav.</translation>
    </message>
    <message>
        <source>Your learning records</source>
        <translation>Jūsu mācību dati</translation>
    </message>
    <message numerus="yes">
        <source>%n records of what you did (lessons opened, answers given, courses finished, self-checks).</source>
        <translation>
            <numerusform>%n ieraksts par jūsu darbībām (atvērtas nodarbības, sniegtas atbildes, pabeigti kursi, prasmju pārbaudes).</numerusform>
            <numerusform>%n ieraksti par jūsu darbībām (atvērtas nodarbības, sniegtas atbildes, pabeigti kursi, prasmju pārbaudes).</numerusform>
            <numerusform>%n ierakstu par jūsu darbībām (atvērtas nodarbības, sniegtas atbildes, pabeigti kursi, prasmju pārbaudes).</numerusform>
        </translation>
    </message>
    <message>
        <source>woman</source>
        <translation>sieviete</translation>
    </message>
    <message>
        <source>man</source>
        <translation>vīrietis</translation>
    </message>
    <message>
        <source>another gender</source>
        <translation>cits dzimums</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nav norādīts</translation>
    </message>
</context>
<context>
    <name>MyDataScreen</name>
    <message>
        <source>Save a copy of my data (with a trainer)</source>
        <translation>Saglabāt manu datu kopiju (kopā ar pasniedzēju)</translation>
    </message>
    <message>
        <source>Erase my data (with a trainer)</source>
        <translation>Dzēst manus datus (kopā ar pasniedzēju)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atpakaļ</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Mani dati</translation>
    </message>
    <message>
        <source>This is everything SkillsApp keeps about you.</source>
        <translation>Šeit ir viss, ko SkillsApp glabā par jums.</translation>
    </message>
    <message>
        <source>A trainer helps you save a copy of your data.</source>
        <translation>Pasniedzējs palīdzēs jums saglabāt jūsu datu kopiju.</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Izvēlieties, kur saglabāt</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saglabāts: %1</translation>
    </message>
    <message>
        <source>A trainer helps you erase your data.</source>
        <translation>Pasniedzējs palīdzēs jums izdzēst jūsu datus.</translation>
    </message>
</context>
<context>
    <name>OrderInput</name>
    <message>
        <source>Steps to put in order</source>
        <translation>Soļi, kas jāsakārto pareizā secībā</translation>
    </message>
    <message>
        <source>Choose a step with the arrow keys. Ctrl and an arrow key move it.</source>
        <translation>Izvēlieties soli ar bulttaustiņiem. Ctrl un bulttaustiņš to pārvieto.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Pārvietot uz augšu</translation>
    </message>
    <message>
        <source>Move the chosen step up</source>
        <translation>Pārvietot izvēlēto soli uz augšu</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Pārvietot uz leju</translation>
    </message>
    <message>
        <source>Move the chosen step down</source>
        <translation>Pārvietot izvēlēto soli uz leju</translation>
    </message>
    <message>
        <source>Choose a step, then press “Move up” or “Move down”. With the keyboard: the arrow keys choose a step, Ctrl and an arrow key move it.</source>
        <translation>Izvēlieties soli un nospiediet „Pārvietot uz augšu” vai „Pārvietot uz leju”. Ar tastatūru: bulttaustiņi izvēlas soli, Ctrl un bulttaustiņš to pārvieto.</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>Print</source>
        <translation>Drukāt</translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <source>Save as PDF</source>
        <translation>Saglabāt kā PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF dokuments (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Saglabāts kā %1</translation>
    </message>
    <message>
        <source>Sent to the printer: %1</source>
        <translation>Nosūtīts uz printeri: %1</translation>
    </message>
</context>
<context>
    <name>PcSettings</name>
    <message>
        <source>Text size on the start screen</source>
        <translation>Teksta lielums sākuma ekrānā</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Strong contrast on the start screen</source>
        <translation>Spēcīgs kontrasts sākuma ekrānā</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sign out after no activity for</source>
        <translation>Iziet, ja nav darbību ilgāk par</translation>
    </message>
    <message>
        <source>Lessons may open web pages (after asking)</source>
        <translation>Nodarbības drīkst atvērt tīmekļa lapas (vispirms pajautājot)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Kas izdarīts</translation>
    </message>
    <message>
        <source>These settings are for this PC only.</source>
        <translation>Šie iestatījumi attiecas tikai uz šo datoru.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Iestatījumus nevarēja saglabāt: %1</translation>
    </message>
    <message>
        <source>Saved. The start screen of this PC uses these settings from now on.</source>
        <translation>Saglabāts. Šī datora sākuma ekrāns turpmāk izmanto šos iestatījumus.</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Your PIN</source>
        <translation>Jūsu PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Labi</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atpakaļ</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Erase the last number</source>
        <translation>Dzēst pēdējo ciparu</translation>
    </message>
    <message>
        <source>Type your PIN</source>
        <translation>Ievadiet savu PIN</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait until %1 or ask your trainer to unlock.</source>
        <translation>Pārāk daudz nepareizu PIN. Lūdzu, pagaidiet līdz %1 vai palūdziet pasniedzējam to atbloķēt.</translation>
    </message>
    <message>
        <source>That PIN is not right. You can try once more.</source>
        <translation>Šis PIN nav pareizs. Varat mēģināt vēl vienu reizi.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. You can try %n more times.</source>
        <translation>
            <numerusform>Šis PIN nav pareizs. Varat mēģināt vēl %n reizi.</numerusform>
            <numerusform>Šis PIN nav pareizs. Varat mēģināt vēl %n reizes.</numerusform>
            <numerusform>Šis PIN nav pareizs. Varat mēģināt vēl %n reizes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizResult</name>
    <message>
        <source>Well done! You finished the whole course.</source>
        <translation>Lieliski! Jūs pabeidzāt visu kursu.</translation>
    </message>
    <message>
        <source>Well done! You passed this lesson.</source>
        <translation>Lieliski! Jūs sekmīgi izgājāt šo nodarbību.</translation>
    </message>
    <message>
        <source>Not yet. Read the parts below again, then try the quiz once more.</source>
        <translation>Vēl ne gluži. Izlasiet vēlreiz tālāk norādītās daļas un pēc tam pamēģiniet testu atkal.</translation>
    </message>
    <message>
        <source>Your certificate is ready. You find it under “My certificates” on your home page.</source>
        <translation>Jūsu sertifikāts ir gatavs. To atradīsiet sadaļā „Mani sertifikāti” savā sākumlapā.</translation>
    </message>
    <message>
        <source>Your result: %1 of %2 right at the first try.</source>
        <translation>Jūsu rezultāts: %1 no %2 pareizi ar pirmo reizi.</translation>
    </message>
    <message>
        <source>You need %1 of %2 right at the first try to pass.</source>
        <translation>Lai nokārtotu, vajag %1 no %2 pareizi ar pirmo reizi.</translation>
    </message>
    <message>
        <source>You need %1 right in a row at the first try to pass.</source>
        <translation>Lai nokārtotu, vajag pēc kārtas tik daudz pareizu atbilžu ar pirmo reizi: %1.</translation>
    </message>
    <message>
        <source>Not right at the first try:</source>
        <translation>Ar pirmo reizi nepareizi:</translation>
    </message>
    <message>
        <source>Read “%1” again</source>
        <translation>Vēlreiz izlasīt „%1”</translation>
    </message>
    <message>
        <source>Read the lesson again</source>
        <translation>Vēlreiz izlasīt nodarbību</translation>
    </message>
    <message>
        <source>Try the quiz again</source>
        <translation>Pildīt testu vēlreiz</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Atpakaļ uz kursu</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Check my answer</source>
        <translation>Pārbaudīt manu atbildi</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Mēģināt vēlreiz</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nākamais jautājums</translation>
    </message>
    <message>
        <source>Back to the lesson</source>
        <translation>Atpakaļ uz nodarbību</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>%1. jautājums no %2</translation>
    </message>
    <message>
        <source>See my result</source>
        <translation>Skatīt manu rezultātu</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>Pareizi</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Ne gluži</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1”: %2</translation>
    </message>
    <message>
        <source>Steps in the right place: %1 of %2</source>
        <translation>Soļi pareizajā vietā: %1 no %2</translation>
    </message>
    <message>
        <source>Pairs that are right: %1 of %2</source>
        <translation>Pareizie pāri: %1 no %2</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Recovery sheet</source>
        <translation>Atjaunošanas lapa</translation>
    </message>
    <message>
        <source>Centre key</source>
        <translation>Centra atslēga</translation>
    </message>
    <message>
        <source>No centre key is set on this PC.</source>
        <translation>Šajā datorā nav iestatīta centra atslēga.</translation>
    </message>
    <message>
        <source>Centre number: %1</source>
        <translation>Centra numurs: %1</translation>
    </message>
    <message>
        <source>What the centre key is for</source>
        <translation>Kam vajadzīga centra atslēga</translation>
    </message>
    <message>
        <source>You need it to set up another PC of this centre (choose “Join an existing centre”).</source>
        <translation>Tā ir vajadzīga, lai iestatītu vēl kādu centra datoru (izvēlieties „Pievienoties esošam centram”).</translation>
    </message>
    <message>
        <source>You need it to read a USB stick with results from this centre.</source>
        <translation>Tā ir vajadzīga, lai nolasītu USB zibatmiņu ar šī centra rezultātiem.</translation>
    </message>
    <message>
        <source>It protects the residents’ names, PINs and consent. Anyone who has the key and the centre’s LRS password can read them. The LRS never sees the key.</source>
        <translation>Tā aizsargā dalībnieku vārdus, PIN kodus un piekrišanas. Ikviens, kam ir atslēga un centra LRS parole, var tos izlasīt. LRS atslēgu nekad neredz.</translation>
    </message>
    <message>
        <source>If the key is lost, the results stay safe, but new PCs cannot read the residents’ details.</source>
        <translation>Ja atslēga pazūd, rezultāti paliek drošībā, bet jauni datori nevar nolasīt dalībnieku datus.</translation>
    </message>
    <message>
        <source>Where to keep this sheet</source>
        <translation>Kur glabāt šo lapu</translation>
    </message>
    <message>
        <source>Lock it away, for example in the centre’s safe or a locked drawer.</source>
        <translation>Noslēdziet to, piemēram, centra seifā vai aizslēdzamā atvilktnē.</translation>
    </message>
    <message>
        <source>Do not keep it next to the PC. Do not send it by e-mail and do not take a photo of it.</source>
        <translation>Neglabājiet to blakus datoram. Nesūtiet to pa e-pastu un nefotografējiet.</translation>
    </message>
    <message>
        <source>Tell one other person you trust where it is.</source>
        <translation>Pastāstiet vēl vienam cilvēkam, kam uzticaties, kur tā atrodas.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Izdrukāts: %1</translation>
    </message>
</context>
<context>
    <name>ReportPaper</name>
    <message>
        <source>%1, made on %2</source>
        <translation>%1, sagatavots: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1. lapa no %2</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Report table</source>
        <translation>Atskaites tabula</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Saglabāt kā CSV…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Saglabāt kā PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukāt…</translation>
    </message>
    <message>
        <source>What was saved</source>
        <translation>Kas tika saglabāts</translation>
    </message>
    <message>
        <source>Table as on screen (*.csv)</source>
        <translation>Tabula kā ekrānā (*.csv)</translation>
    </message>
    <message>
        <source>Data with codes, for other programs (*.csv)</source>
        <translation>Dati ar kodiem citām programmām (*.csv)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Saglabāt kā CSV</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Saglabāts kā %1</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Report</source>
        <translation>Atskaite</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Dalībnieks</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Atskaites valoda</translation>
    </message>
    <message>
        <source>From</source>
        <translation>No</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Līdz</translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Rādīt atskaiti</translation>
    </message>
    <message>
        <source>Certificate code</source>
        <translation>Sertifikāta kods</translation>
    </message>
    <message>
        <source>Check a certificate</source>
        <translation>Pārbaudīt sertifikātu</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>No certificate of this centre has that code. Check the letters again.</source>
        <translation>Šim centram nav sertifikāta ar šādu kodu. Vēlreiz pārbaudiet burtus.</translation>
    </message>
    <message>
        <source>Genuine: %1 finished “%2” on %3.</source>
        <translation>Sertifikāts ir īsts: %1 pabeidza kursu „%2” (%3).</translation>
    </message>
</context>
<context>
    <name>ResidentHome</name>
    <message>
        <source>A−  Smaller text</source>
        <translation>A−  Mazāks teksts</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Mazāks teksts</translation>
    </message>
    <message>
        <source>A+  Bigger text</source>
        <translation>A+  Lielāks teksts</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Lielāks teksts</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>Strong contrast (white on black)</source>
        <translation>Spēcīgs kontrasts (balts uz melna)</translation>
    </message>
    <message>
        <source>Check my digital skills</source>
        <translation>Pārbaudīt savas digitālās prasmes</translation>
    </message>
    <message>
        <source>My skills</source>
        <translation>Manas prasmes</translation>
    </message>
    <message>
        <source>My certificates</source>
        <translation>Mani sertifikāti</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Mani dati</translation>
    </message>
    <message>
        <source>From your trainer</source>
        <translation>No jūsu pasniedzēja</translation>
    </message>
    <message>
        <source>Recommended for you</source>
        <translation>Ieteikts jums</translation>
    </message>
    <message>
        <source>My courses</source>
        <translation>Mani kursi</translation>
    </message>
    <message>
        <source>More courses</source>
        <translation>Citi kursi</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>Sveiki, %1!</translation>
    </message>
    <message>
        <source>Choose a course to start. Your progress is saved as you go. When you are done, press Finish at the top.</source>
        <translation>Izvēlieties kursu, lai sāktu. Jūsu paveiktais tiek saglabāts automātiski. Kad esat beiguši, augšā nospiediet „Beigt”.</translation>
    </message>
    <message>
        <source>Continue where I left off: %1 – %2</source>
        <translation>Turpināt, kur pārtraucu: %1 – %2</translation>
    </message>
    <message>
        <source>Please finish by %1</source>
        <translation>Lūdzu, pabeidziet līdz %1</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kursi</translation>
    </message>
    <message>
        <source>My certificates (%1)</source>
        <translation>Mani sertifikāti (%1)</translation>
    </message>
    <message>
        <source>Not sure where to start? “Check my digital skills” suggests courses.</source>
        <translation>Nezināt, ar ko sākt? „Pārbaudīt savas digitālās prasmes” ieteiks jums piemērotus kursus.</translation>
    </message>
    <message>
        <source>My skills (levels 1–8): %1</source>
        <translation>Manas prasmes (līmeņi 1–8): %1</translation>
    </message>
    <message>
        <source>Text size %1</source>
        <translation>Teksta lielums %1</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentScreen</name>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tālāk</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atpakaļ</translation>
    </message>
    <message>
        <source>Back to the previous statement</source>
        <translation>Atpakaļ uz iepriekšējo apgalvojumu</translation>
    </message>
    <message>
        <source>Pause and finish later</source>
        <translation>Pārtraukt un pabeigt vēlāk</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>%1. jautājums no %2</translation>
    </message>
    <message>
        <source>%1: what do you know?</source>
        <translation>%1: ko jūs zināt?</translation>
    </message>
    <message>
        <source>Statement %1 of %2</source>
        <translation>%1. apgalvojums no %2</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Patiesi</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Nepatiesi</translation>
    </message>
    <message>
        <source>%1 (your answer)</source>
        <translation>%1 (jūsu atbilde)</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Pareizi.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Ne gluži.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Name of the centre</source>
        <translation>Centra nosaukums</translation>
    </message>
    <message>
        <source>for example: Village hall of Lindenau</source>
        <translation>piemēram: Liepkalnu tautas nams</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Noklusējuma valoda</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tālāk</translation>
    </message>
    <message>
        <source>Welcome to SkillsApp</source>
        <translation>Laipni lūdzam SkillsApp</translation>
    </message>
    <message>
        <source>Set up a new centre</source>
        <translation>Izveidot jaunu centru</translation>
    </message>
    <message>
        <source>Join an existing centre</source>
        <translation>Pievienoties esošam centram</translation>
    </message>
    <message>
        <source>For another PC of a centre that already uses SkillsApp</source>
        <translation>Vēl vienam datoram centrā, kas jau izmanto SkillsApp</translation>
    </message>
    <message>
        <source>Is this the first PC of your centre, or does your centre already use SkillsApp on another PC?</source>
        <translation>Vai šis ir jūsu centra pirmais dators, vai arī jūsu centrs jau izmanto SkillsApp citā datorā?</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Atjaunošanas lapa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gatavs</translation>
    </message>
    <message>
        <source>Your centre key</source>
        <translation>Jūsu centra atslēga</translation>
    </message>
    <message>
        <source>Print or save this sheet and keep it locked away. You need the centre key to set up another PC of the centre.</source>
        <translation>Izdrukājiet vai saglabājiet šo lapu un glabājiet to slēgtā vietā. Centra atslēga būs vajadzīga, lai iestatītu vēl kādu centra datoru.</translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation>Drukāt atjaunošanas lapu…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Saglabāt kā PDF…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>Saglabāt atjaunošanas lapu kā PDF</translation>
    </message>
    <message>
        <source>Let&apos;s set up this PC for your centre. Step 1 of 2: the centre. You can change these later.</source>
        <translation>Sagatavosim šo datoru jūsu centram. 1. solis no 2: centrs. Šos iestatījumus vēlāk varēsiet mainīt.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Jūsu vārds</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Vismaz 8 rakstzīmes</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Parole vēlreiz</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atpakaļ</translation>
    </message>
    <message>
        <source>Create the centre</source>
        <translation>Izveidot centru</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Parole (vismaz 8 rakstzīmes)</translation>
    </message>
    <message>
        <source>The first trainer account</source>
        <translation>Pirmā pasniedzēja konts</translation>
    </message>
    <message>
        <source>Step 2 of 2: you. Trainers sign in with this password to add learners and follow their progress.</source>
        <translation>2. solis no 2: jūs. Ar šo paroli pasniedzēji piesakās, lai pievienotu dalībniekus un sekotu viņu progresam.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Abas paroles nesakrīt.</translation>
    </message>
</context>
<context>
    <name>SignOutDuringQuiz</name>
    <message>
        <source>Finish</source>
        <translation>Beigt</translation>
    </message>
    <message>
        <source>Your answers so far are saved. Sign out now?</source>
        <translation>Jūsu līdzšinējās atbildes ir saglabātas. Iziet tagad?</translation>
    </message>
    <message>
        <source>No, go on with the quiz</source>
        <translation>Nē, turpināt testu</translation>
    </message>
    <message>
        <source>Yes, sign out</source>
        <translation>Jā, iziet</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>SkillsApp is already open on this PC with the same records (%1). Please use the window that is open; if you cannot find it, restart the PC.</source>
        <translation>SkillsApp jau ir atvērta šajā datorā ar tiem pašiem ierakstiem (%1). Lūdzu, izmantojiet atvērto logu; ja nevarat to atrast, restartējiet datoru.</translation>
    </message>
</context>
<context>
    <name>SkillsCheckStart</name>
    <message>
        <source>Check my digital skills</source>
        <translation>Pārbaudīt savas digitālās prasmes</translation>
    </message>
    <message>
        <source>You read short sentences like “I can send a photo by e-mail” and say how well they fit you. There are no wrong answers. It is not a test.</source>
        <translation>Jūs lasīsiet īsus teikumus, piemēram, „Es protu nosūtīt fotoattēlu pa e-pastu”, un norādīsiet, cik labi tie jums atbilst. Nepareizu atbilžu nav. Tas nav eksāmens.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Turpināt, kur apstājos</translation>
    </message>
    <message>
        <source>A quick check of one topic (about 10 minutes):</source>
        <translation>Ātra vienas tēmas pārbaude (apmēram 10 minūtes):</translation>
    </message>
    <message>
        <source>The full check of all topics (about 30 minutes)</source>
        <translation>Pilna visu tēmu pārbaude (apmēram 30 minūtes)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atpakaļ</translation>
    </message>
</context>
<context>
    <name>StartProblems</name>
    <message>
        <source>SkillsApp can put the damaged file aside (it is kept, not deleted) and bring back the newest automatic backup. Do that now?</source>
        <translation>SkillsApp var nolikt bojāto failu malā (tas tiek saglabāts, nevis izdzēsts) un atjaunot jaunāko automātisko rezerves kopiju. Darīt to tagad?</translation>
    </message>
    <message>
        <source>There was no usable backup. The damaged file was kept as %1; SkillsApp starts with empty records.</source>
        <translation>Nebija nevienas derīgas rezerves kopijas. Bojātais fails saglabāts kā %1; SkillsApp sāk ar tukšiem ierakstiem.</translation>
    </message>
    <message>
        <source>SkillsApp can put the damaged file aside (it is kept, not deleted) and bring back the newest automatic backup, then close; start it again afterwards. Do that now?</source>
        <translation>SkillsApp var nolikt bojāto failu malā (tas tiek saglabāts, nevis izdzēsts), atjaunot jaunāko automātisko rezerves kopiju un tad aizvērties; pēc tam palaidiet to vēlreiz. Darīt to tagad?</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>Trainer sign-in</source>
        <translation>Pasniedzēja pieteikšanās</translation>
    </message>
    <message>
        <source>No learners yet. A trainer can add them after signing in.</source>
        <translation>Vēl nav neviena dalībnieka. Pasniedzējs var tos pievienot pēc pieteikšanās.</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>%1 – laipni lūdzam!</translation>
    </message>
    <message>
        <source>Choose your name to start.</source>
        <translation>Lai sāktu, izvēlieties savu vārdu.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync state</source>
        <translation>Sinhronizācijas stāvoklis</translation>
    </message>
    <message>
        <source>✓ Results sent</source>
        <translation>✓ Rezultāti nosūtīti</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to send %n result(s)</source>
        <translation>
            <numerusform>Gaida nosūtīšanu: %n rezultāts</numerusform>
            <numerusform>Gaida nosūtīšanu: %n rezultāti</numerusform>
            <numerusform>Gaida nosūtīšanu: %n rezultātu</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: results are kept here</source>
        <translation>Bez savienojuma: rezultāti tiek glabāti šeit</translation>
    </message>
    <message>
        <source>Sync problem: see Sync in the trainer&apos;s tools</source>
        <translation>Sinhronizācijas problēma: skatiet „Sinhronizācija” pasniedzēja rīkos</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>LRS address</source>
        <translation>LRS adrese</translation>
    </message>
    <message>
        <source>LRS key</source>
        <translation>LRS atslēga</translation>
    </message>
    <message>
        <source>LRS secret</source>
        <translation>LRS noslēpums</translation>
    </message>
    <message>
        <source>Also on metered connections (mobile data)</source>
        <translation>Arī limitētos savienojumos (mobilie dati)</translation>
    </message>
    <message>
        <source>Answer of the LRS</source>
        <translation>LRS atbilde</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Sinhronizācijas stāvoklis</translation>
    </message>
    <message>
        <source>No LRS is set up</source>
        <translation>LRS nav iestatīts</translation>
    </message>
    <message>
        <source>Results the LRS refused</source>
        <translation>LRS noraidītie rezultāti</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Pārbaudīt savienojumu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinhronizēt tagad</translation>
    </message>
    <message>
        <source>Export a bundle (USB)…</source>
        <translation>Eksportēt paku (USB)…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Importēt paku…</translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation>Drukāt atjaunošanas lapu…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF…</source>
        <translation>Saglabāt atjaunošanas lapu kā PDF…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinhronizācija</translation>
    </message>
    <message>
        <source>Results are kept on this PC first and sent to the centre&apos;s record store (LRS) when there is a connection. Without one, use a bundle on a USB stick.</source>
        <translation>Rezultāti vispirms tiek glabāti šajā datorā un, kad ir savienojums, nosūtīti uz centra datu krātuvi (LRS). Ja savienojuma nav, izmantojiet paku USB zibatmiņā.</translation>
    </message>
    <message>
        <source>Results the LRS refused:</source>
        <translation>LRS noraidītie rezultāti:</translation>
    </message>
    <message>
        <source>Asking the LRS…</source>
        <translation>Sazinās ar LRS…</translation>
    </message>
    <message>
        <source>Sending and receiving…</source>
        <translation>Sūta un saņem…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Raksta paku…</translation>
    </message>
    <message>
        <source>Wrote %1 results to %2.</source>
        <translation>Ierakstīti rezultāti: %1; fails: %2.</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>Lasa paku…</translation>
    </message>
    <message>
        <source>Send and receive results by themselves when there is a connection</source>
        <translation>Sūtīt un saņemt rezultātus automātiski, kad ir savienojums</translation>
    </message>
    <message>
        <source>Saved. Results stay on this PC until the LRS address, key and secret are all filled in.</source>
        <translation>Saglabāts. Rezultāti paliek šajā datorā, līdz ir aizpildīta LRS adrese, atslēga un slepenā atslēga.</translation>
    </message>
    <message>
        <source>Saved. Results are sent to the LRS whenever there is a connection.</source>
        <translation>Saglabāts. Rezultāti tiek nosūtīti uz LRS, kad vien ir savienojums.</translation>
    </message>
    <message>
        <source>Saved. Results are sent only when you press Sync now.</source>
        <translation>Saglabāts. Rezultāti tiek nosūtīti tikai tad, kad nospiežat “Sinhronizēt tagad”.</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Eksportēt paku</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importēt paku</translation>
    </message>
    <message numerus="yes">
        <source>No LRS is set up on this PC, so results are not sent anywhere yet. They are kept safely on this PC: nothing is lost (%n result(s) so far). To send them to the centre&apos;s record store, type the LRS address, key and secret that your coordinator gives you, press Test connection, then Save. Without a connection, carry the results to another PC with Export a bundle (USB).</source>
        <translation>
            <numerusform>Šajā datorā nav iestatīts LRS, tāpēc rezultāti vēl netiek nekur sūtīti. Tie tiek droši glabāti šajā datorā, nekas netiek zaudēts (līdz šim %n rezultāts). Lai tos nosūtītu uz centra rezultātu krātuvi, ievadiet LRS adresi, atslēgu un slepeno atslēgu, ko jums iedod koordinators, nospiediet “Pārbaudīt savienojumu” un pēc tam “Saglabāt”. Ja savienojuma nav, pārnesiet rezultātus uz citu datoru ar “Eksportēt paku (USB)”.</numerusform>
            <numerusform>Šajā datorā nav iestatīts LRS, tāpēc rezultāti vēl netiek nekur sūtīti. Tie tiek droši glabāti šajā datorā, nekas netiek zaudēts (līdz šim %n rezultāti). Lai tos nosūtītu uz centra rezultātu krātuvi, ievadiet LRS adresi, atslēgu un slepeno atslēgu, ko jums iedod koordinators, nospiediet “Pārbaudīt savienojumu” un pēc tam “Saglabāt”. Ja savienojuma nav, pārnesiet rezultātus uz citu datoru ar “Eksportēt paku (USB)”.</numerusform>
            <numerusform>Šajā datorā nav iestatīts LRS, tāpēc rezultāti vēl netiek nekur sūtīti. Tie tiek droši glabāti šajā datorā, nekas netiek zaudēts (līdz šim %n rezultātu). Lai tos nosūtītu uz centra rezultātu krātuvi, ievadiet LRS adresi, atslēgu un slepeno atslēgu, ko jums iedod koordinators, nospiediet “Pārbaudīt savienojumu” un pēc tam “Saglabāt”. Ja savienojuma nav, pārnesiet rezultātus uz citu datoru ar “Eksportēt paku (USB)”.</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nekad</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>Pēdējoreiz nosūtīts: %1</translation>
    </message>
    <message>
        <source>Last received: %1</source>
        <translation>Pēdējoreiz saņemts: %1</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>Gaida nosūtīšanu: %1</translation>
    </message>
    <message>
        <source>Results are sent only when you press Sync now.</source>
        <translation>Rezultāti tiek nosūtīti tikai tad, kad nospiežat “Sinhronizēt tagad”.</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Pēdējā problēma: %1</translation>
    </message>
    <message>
        <source>Imported %1 new results of %2.</source>
        <translation>Importēti jauni rezultāti: %1 no %2.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Kaut kas nogāja greizi: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2.</source>
        <translation>Nosūtīti: %1, saņemti: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) refused by the LRS (listed below).</source>
        <translation>
            <numerusform>LRS noraidīja %n rezultātu (saraksts ir zemāk).</numerusform>
            <numerusform>LRS noraidīja %n rezultātus (saraksts ir zemāk).</numerusform>
            <numerusform>LRS noraidīja %n rezultātu (saraksts ir zemāk).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>Your answer</source>
        <translation>Jūsu atbilde</translation>
    </message>
</context>
<context>
    <name>TextSizeButtons</name>
    <message>
        <source>Smaller text</source>
        <translation>Mazāks teksts</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl and minus)</source>
        <translation>Mazāks teksts (Ctrl un mīnuss)</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Lielāks teksts</translation>
    </message>
    <message>
        <source>Bigger text (Ctrl and plus)</source>
        <translation>Lielāks teksts (Ctrl un pluss)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Text size %1</source>
        <translation>Teksta lielums %1</translation>
    </message>
</context>
<context>
    <name>TrainerAssessmentScreen</name>
    <message>
        <source>Competence</source>
        <translation>Kompetence</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Vēl ne</translation>
    </message>
    <message>
        <source>Observed level, 0 (not yet) to 8</source>
        <translation>Novērotais līmenis, no 0 (vēl ne) līdz 8</translation>
    </message>
    <message>
        <source>Task you watched</source>
        <translation>Novērotais uzdevums</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>Day you watched the task</source>
        <translation>Diena, kad novērojāt uzdevumu</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Saglabāt novērtējumu</translation>
    </message>
    <message>
        <source>Self-assessed and trainer levels</source>
        <translation>Pašnovērtējuma un pasniedzēja līmeņi</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Pašnovērtējums</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Pasniedzējs</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Pārbaudīt</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atpakaļ</translation>
    </message>
    <message>
        <source>Save profile as PDF</source>
        <translation>Saglabāt profilu kā PDF</translation>
    </message>
    <message>
        <source>Save Europass text</source>
        <translation>Saglabāt Europass tekstu</translation>
    </message>
    <message>
        <source>Save Open Badges</source>
        <translation>Saglabāt Open Badges žetonus</translation>
    </message>
    <message>
        <source>Observed level</source>
        <translation>Novērotais līmenis</translation>
    </message>
    <message>
        <source>Task watched</source>
        <translation>Novērotais uzdevums</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Izpildītie soļi</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <source>Assess %1</source>
        <translation>Novērtēt: %1</translation>
    </message>
    <message>
        <source>Flagged rows differ by 2 levels or more.</source>
        <translation>Atzīmētajās rindās līmeņi atšķiras par 2 vai vairāk.</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>Bez kontrolsaraksta</translation>
    </message>
    <message>
        <source>Differs by 2 or more</source>
        <translation>Atšķiras par 2 vai vairāk</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>vēl ne</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Kas izdarīts</translation>
    </message>
    <message>
        <source>Saved: level %1 for %2.</source>
        <translation>Saglabāts: %1. līmenis – %2.</translation>
    </message>
    <message>
        <source>Saved: “not yet” for %1.</source>
        <translation>Saglabāts: “vēl ne” – %1.</translation>
    </message>
</context>
<context>
    <name>TrainerConfirm</name>
    <message>
        <source>A trainer confirms</source>
        <translation>Pasniedzējs apstiprina</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Pasniedzējs</translation>
    </message>
    <message>
        <source>Trainer&apos;s password</source>
        <translation>Pasniedzēja parole</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>That password is not right. Please try again.</source>
        <translation>Parole nav pareiza. Lūdzu, mēģiniet vēlreiz.</translation>
    </message>
</context>
<context>
    <name>TrainerCourses</name>
    <message>
        <source>Courses on this PC</source>
        <translation>Kursi šajā datorā</translation>
    </message>
    <message>
        <source>Import a course from a file…</source>
        <translation>Importēt kursu no faila…</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Kas izdarīts</translation>
    </message>
    <message>
        <source>Courses come with SkillsApp. You can add new ones from a .zip file, for example from a USB stick. A file is checked before anything is installed.</source>
        <translation>Kursi ir iekļauti SkillsApp. Jaunus kursus varat pievienot no .zip faila, piemēram, no USB zibatmiņas. Pirms instalēšanas fails tiek pārbaudīts.</translation>
    </message>
    <message>
        <source>%1  ·  version %2  ·  %3</source>
        <translation>%1  ·  versija %2  ·  %3</translation>
    </message>
    <message>
        <source>Choose a course file</source>
        <translation>Izvēlieties kursa failu</translation>
    </message>
    <message>
        <source>Course packs (*.zip)</source>
        <translation>Kursu pakas (*.zip)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Pārbauda failu…</translation>
    </message>
    <message>
        <source>Checking the course file…</source>
        <translation>Pārbauda kursa failu…</translation>
    </message>
    <message>
        <source>Install this course?</source>
        <translation>Instalēt šo kursu?</translation>
    </message>
    <message>
        <source>%1
Version %2
Languages: %3

%4

Install it on this PC?</source>
        <translation>%1
Versija %2
Valodas: %3

%4

Instalēt to šajā datorā?</translation>
    </message>
    <message>
        <source>Nothing was installed.</source>
        <translation>Nekas netika instalēts.</translation>
    </message>
    <message>
        <source>Installing the course…</source>
        <translation>Instalē kursu…</translation>
    </message>
    <message>
        <source>“%1” version %2 is installed. Residents find it among the courses now.</source>
        <translation>Kurss “%1” (versija %2) ir instalēts. Dalībnieki to tagad atrod starp kursiem.</translation>
    </message>
    <message>
        <source>This course pack cannot be used, so nothing was installed. Please send it back to its author with this list:</source>
        <translation>Šo kursu paku nevar izmantot, tāpēc nekas netika instalēts. Lūdzu, nosūtiet to atpakaļ autoram kopā ar šo sarakstu:</translation>
    </message>
    <message>
        <source>The file could not be read (%1). Nothing was installed.</source>
        <translation>Failu nevarēja nolasīt (%1). Nekas netika instalēts.</translation>
    </message>
</context>
<context>
    <name>TrainerForm</name>
    <message>
        <source>New trainer</source>
        <translation>Jauns pasniedzējs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Parole vēlreiz</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Parole (vismaz 8 rakstzīmes)</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Abas paroles nesakrīt.</translation>
    </message>
</context>
<context>
    <name>TrainerHome</name>
    <message>
        <source>Dashboard</source>
        <translation>Pārskats</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Atskaites</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kursi</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Pasniedzēji</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinhronizācija</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Šis dators</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Notiek darbs</translation>
    </message>
    <message>
        <source>%1 The other tabs wait until this is done.</source>
        <translation>%1 Pārējās cilnes gaida, līdz tas būs pabeigts.</translation>
    </message>
</context>
<context>
    <name>TrainerSignIn</name>
    <message>
        <source>Trainer</source>
        <translation>Pasniedzējs</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Pieteikties</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atpakaļ</translation>
    </message>
    <message>
        <source>Trainer sign-in</source>
        <translation>Pasniedzēja pieteikšanās</translation>
    </message>
    <message>
        <source>That password is not right. Please try again.</source>
        <translation>Parole nav pareiza. Lūdzu, mēģiniet vēlreiz.</translation>
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
        <translation>Pasniedzēji</translation>
    </message>
    <message>
        <source>New trainer</source>
        <translation>Jauns pasniedzējs</translation>
    </message>
    <message>
        <source>Close account</source>
        <translation>Slēgt kontu</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Kas izdarīts</translation>
    </message>
    <message>
        <source>Added the trainer account of %1. They sign in with their password.</source>
        <translation>Pievienots pasniedzēja konts: %1. Pieteikšanās notiek ar savu paroli.</translation>
    </message>
    <message>
        <source>Closed the account of %1.</source>
        <translation>Konts slēgts: %1.</translation>
    </message>
</context>
<context>
    <name>UpdatingScreen</name>
    <message>
        <source>SkillsApp was updated and is bringing this PC&apos;s records up to date. This happens once; nothing is lost.</source>
        <translation>SkillsApp ir atjaunināta un atjaunina šī datora ierakstus. Tas notiek vienreiz; nekas netiek zaudēts.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Updating the records</source>
        <translation>Ierakstu atjaunināšana</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 no %2 ierakstiem</translation>
    </message>
</context>
<context>
    <name>WaitingScreen</name>
    <message>
        <source>The courses are being prepared. Your screen opens by itself in a moment.</source>
        <translation>Kursi tiek sagatavoti. Jūsu ekrāns pēc brīža atvērsies pats.</translation>
    </message>
    <message>
        <source>Preparing the courses</source>
        <translation>Kursu sagatavošana</translation>
    </message>
    <message>
        <source>One moment, please</source>
        <translation>Lūdzu, mirklīti</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Column headings</source>
        <translation>Kolonnu virsraksti</translation>
    </message>
    <message>
        <source>Row headings</source>
        <translation>Rindu virsraksti</translation>
    </message>
</context>
<context>
    <name>WorkProgress</name>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Step 1 of 2: reading the bundle (%1 of %2 results)</source>
        <translation>1. solis no 2: lasa paku (%1 no %2 rezultātiem)</translation>
    </message>
    <message>
        <source>Step 2 of 2: saving the results and updating everyone&apos;s progress</source>
        <translation>2. solis no 2: saglabā rezultātus un atjaunina visu dalībnieku progresu</translation>
    </message>
    <message>
        <source>Writing the bundle: %1 of %2 results</source>
        <translation>Raksta paku: %1 no %2 rezultātiem</translation>
    </message>
    <message>
        <source>Sending results to the LRS: %1 of %2</source>
        <translation>Sūta rezultātus uz LRS: %1 no %2</translation>
    </message>
    <message>
        <source>Receiving results from the LRS: %1 so far</source>
        <translation>Saņem rezultātus no LRS: pagaidām %1</translation>
    </message>
</context>
</TS>
