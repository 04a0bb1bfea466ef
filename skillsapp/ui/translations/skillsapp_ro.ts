<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>AssessmentResultScreen</name>
    <message>
        <source>Courses that help you with the next step:</source>
        <translation>Cursuri care vă ajută să faceți următorul pas:</translation>
    </message>
    <message>
        <source>Start the course %1</source>
        <translation>Începeți cursul %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gata</translation>
    </message>
    <message>
        <source>You have not done a self-assessment yet.</source>
        <translation>Nu ați făcut încă o autoevaluare.</translation>
    </message>
    <message>
        <source>You are confident with %1.</source>
        <translation>Vă descurcați cu încredere în acest domeniu: %1.</translation>
    </message>
    <message>
        <source>You have made a start, and that is what counts.</source>
        <translation>Ați început, iar asta contează.</translation>
    </message>
    <message>
        <source>%1 is the next step.</source>
        <translation>Următorul pas: %1.</translation>
    </message>
    <message>
        <source>You know more about %1 than you thought.</source>
        <translation>Despre „%1” știți mai multe decât credeați.</translation>
    </message>
    <message>
        <source>You can do more with %1 than you thought.</source>
        <translation>La „%1” puteți face mai mult decât credeați.</translation>
    </message>
    <message>
        <source>%1 is worth another look: a course can help you feel sure.</source>
        <translation>%1 merită încă o privire: un curs vă poate ajuta să vă simțiți sigur.</translation>
    </message>
    <message>
        <source>What you said of yourself, since last time:</source>
        <translation>Ce ați spus despre dumneavoastră, față de data trecută:</translation>
    </message>
    <message>
        <source>%1: %2 before, %3 now</source>
        <translation>%1: înainte %2, acum %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>încă nu</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>nivelul %1</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign a course to %1</source>
        <translation>Atribuiți un curs pentru %1</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curs</translation>
    </message>
    <message>
        <source>Finish by a day</source>
        <translation>Cu termen de terminare</translation>
    </message>
    <message>
        <source>Day to finish by</source>
        <translation>Termen de terminare</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Atribuiți</translation>
    </message>
</context>
<context>
    <name>CertificateList</name>
    <message>
        <source>What was saved</source>
        <translation>Ce s-a salvat</translation>
    </message>
    <message>
        <source>%1, finished on %2</source>
        <translation>%1, terminat pe %2</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tipăriți…</translation>
    </message>
    <message>
        <source>Print the certificate: %1</source>
        <translation>Tipăriți certificatul: %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salvați ca PDF…</translation>
    </message>
    <message>
        <source>Save the certificate as PDF: %1</source>
        <translation>Salvați certificatul ca PDF: %1</translation>
    </message>
</context>
<context>
    <name>CertificatePaper</name>
    <message>
        <source>Certificate – %1 – %2</source>
        <translation>Certificat – %1 – %2</translation>
    </message>
    <message>
        <source>%1 %2: level %3 (%4)</source>
        <translation>%1 %2: nivelul %3 (%4)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>This certificate is awarded to</source>
        <translation>Prezentul certificat se acordă</translation>
    </message>
    <message>
        <source>for completing the course</source>
        <translation>pentru absolvirea cursului</translation>
    </message>
    <message>
        <source>Completed on %1</source>
        <translation>Data absolvirii: %1</translation>
    </message>
    <message>
        <source>Digital competences trained (%1)</source>
        <translation>Competențe digitale exersate (%1)</translation>
    </message>
    <message>
        <source>The centre can check this code in SkillsApp: Reports, “Check a certificate”.</source>
        <translation>Centrul poate verifica acest cod în SkillsApp: Rapoarte, „Verificați un certificat”.</translation>
    </message>
    <message>
        <source>Check code: %1</source>
        <translation>Cod de verificare: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formator</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <source>My certificates</source>
        <translation>Certificatele mele</translation>
    </message>
    <message>
        <source>When you finish a course, its certificate appears here.</source>
        <translation>Când terminați un curs, certificatul lui apare aici.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
</context>
<context>
    <name>ChoiceInput</name>
    <message>
        <source>True</source>
        <translation>Adevărat</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Fals</translation>
    </message>
    <message>
        <source>Choose every right answer.</source>
        <translation>Alegeți toate răspunsurile corecte.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 problem(s) and %2 warning(s) found.</source>
        <translation>Probleme găsite: %1, avertismente: %2.</translation>
    </message>
    <message>
        <source>%1 results were refused by the LRS; a trainer can see why in the app.</source>
        <translation>LRS a refuzat %1 rezultate; un formator poate vedea motivul în aplicație.</translation>
    </message>
    <message>
        <source>Centre key (from the centre&apos;s recovery sheet): </source>
        <translation>Cheia centrului (de pe foaia de recuperare a centrului): </translation>
    </message>
    <message>
        <source>Digital-skills training for community centres.</source>
        <translation>Formare în competențe digitale pentru centrele comunitare.</translation>
    </message>
    <message>
        <source>Everything checked is fine.</source>
        <translation>Tot ce s-a verificat este în regulă.</translation>
    </message>
    <message>
        <source>Imported the bundle of %1: %2 new of %3 results.</source>
        <translation>Pachetul centrului %1 a fost importat: %2 rezultate noi din %3.</translation>
    </message>
    <message>
        <source>Installed “%1” version %2.</source>
        <translation>A fost instalat „%1”, versiunea %2.</translation>
    </message>
    <message>
        <source>No LRS is set for this centre: set it in the trainer settings, or set SKILLSAPP_LRS_URL, SKILLSAPP_LRS_KEY and SKILLSAPP_LRS_SECRET.</source>
        <translation>Pentru acest centru nu este setat niciun LRS: setați-l în setările formatorului sau setați SKILLSAPP_LRS_URL, SKILLSAPP_LRS_KEY și SKILLSAPP_LRS_SECRET.</translation>
    </message>
    <message>
        <source>No centre key is set on this PC: learner profiles are not sent.</source>
        <translation>Pe acest calculator nu este setată cheia centrului: profilurile cursanților nu se trimit.</translation>
    </message>
    <message>
        <source>No problems; %1 warning(s) worth a look.</source>
        <translation>Nicio problemă; avertismente care merită văzute: %1.</translation>
    </message>
    <message>
        <source>No usable backup was found; SkillsApp will start with empty records.</source>
        <translation>Nu s-a găsit nicio copie de rezervă utilizabilă; SkillsApp va porni fără înregistrări.</translation>
    </message>
    <message>
        <source>On a PC that has no centre yet, the centre key is asked for (or read from SKILLSAPP_CENTRE_KEY).</source>
        <translation>Pe un calculator care nu aparține încă unui centru, se cere cheia centrului (sau se citește din SKILLSAPP_CENTRE_KEY).</translation>
    </message>
    <message>
        <source>Reading the bundle: %1 of %2 results</source>
        <translation>Se citește pachetul: %1 din %2 rezultate</translation>
    </message>
    <message>
        <source>Receiving from the LRS: %1 results so far</source>
        <translation>Se primește de la LRS: %1 rezultate până acum</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translation>Copia de rezervă %1 a fost restaurată.</translation>
    </message>
    <message>
        <source>Saved the certificate as PDF: %1</source>
        <translation>Certificatul a fost salvat ca PDF: %1</translation>
    </message>
    <message>
        <source>Saved the report as PDF: %1</source>
        <translation>Raportul a fost salvat ca PDF: %1</translation>
    </message>
    <message>
        <source>Saved the table as CSV: %1</source>
        <translation>Tabelul a fost salvat ca CSV: %1</translation>
    </message>
    <message>
        <source>Saved the table for other programs as CSV: %1</source>
        <translation>Tabelul pentru alte programe a fost salvat ca CSV: %1</translation>
    </message>
    <message>
        <source>Saving the results and updating progress: step %1 of %2</source>
        <translation>Se salvează rezultatele și se actualizează progresul: pasul %1 din %2</translation>
    </message>
    <message>
        <source>Sending to the LRS: %1 of %2 results</source>
        <translation>Se trimite la LRS: %1 din %2 rezultate</translation>
    </message>
    <message>
        <source>Sent %1, received %2.</source>
        <translation>Trimise: %1, primite: %2.</translation>
    </message>
    <message>
        <source>Sync is switched off in the trainer settings.</source>
        <translation>Sincronizarea este oprită în setările formatorului.</translation>
    </message>
    <message>
        <source>The bundle could not be written to %1: %2.</source>
        <translation>Pachetul nu a putut fi scris în %1: %2.</translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>Baza de date anterioară a fost păstrată ca %1.</translation>
    </message>
    <message>
        <source>There are no records in %1 yet.</source>
        <translation>În %1 nu există încă înregistrări.</translation>
    </message>
    <message>
        <source>There is no database in %1; nothing to restore.</source>
        <translation>În %1 nu există nicio bază de date; nu este nimic de restaurat.</translation>
    </message>
    <message>
        <source>This PC has no centre yet. To join one, type the centre key from the recovery sheet when asked, or set SKILLSAPP_CENTRE_KEY.</source>
        <translation>Acest calculator nu aparține încă unui centru. Pentru a vă alătura unuia, tastați cheia centrului de pe foaia de recuperare când vi se cere sau setați SKILLSAPP_CENTRE_KEY.</translation>
    </message>
    <message>
        <source>This PC has no centre yet; there is nothing to export.</source>
        <translation>Acest calculator nu aparține încă unui centru; nu este nimic de exportat.</translation>
    </message>
    <message>
        <source>This PC has not been set up for a centre yet.</source>
        <translation>Acest calculator nu a fost încă configurat pentru un centru.</translation>
    </message>
    <message>
        <source>This PC now belongs to %1.</source>
        <translation>Acest calculator aparține acum centrului %1.</translation>
    </message>
    <message>
        <source>Updating the records after an update: %1 of %2</source>
        <translation>Se actualizează înregistrările după o actualizare: %1 din %2</translation>
    </message>
    <message>
        <source>Writing the bundle: %1 of %2 results</source>
        <translation>Se scrie pachetul: %1 din %2 rezultate</translation>
    </message>
    <message>
        <source>Wrote %1 results of %2 to %3.</source>
        <translation>Au fost scrise %1 rezultate ale centrului %2 în %3.</translation>
    </message>
    <message>
        <source>check course packs (folders or .zip), item banks and checklists</source>
        <translation>verifică pachete de cursuri (dosare sau .zip), bănci de afirmații și liste de verificare</translation>
    </message>
    <message>
        <source>check or import course packs</source>
        <translation>verifică sau importă pachete de cursuri</translation>
    </message>
    <message>
        <source>check, offscreen and in a temporary folder, that the app works</source>
        <translation>verifică, fără ecran și într-un dosar temporar, că aplicația funcționează</translation>
    </message>
    <message>
        <source>export or import a sync bundle (USB)</source>
        <translation>exportă sau importă un pachet de sincronizare (USB)</translation>
    </message>
    <message>
        <source>first day, e.g. 2026-01-01</source>
        <translation>prima zi, de ex. 2026-01-01</translation>
    </message>
    <message>
        <source>install a course pack from a .zip</source>
        <translation>instalează un pachet de curs dintr-un .zip</translation>
    </message>
    <message>
        <source>last day, e.g. 2026-06-30</source>
        <translation>ultima zi, de ex. 2026-06-30</translation>
    </message>
    <message>
        <source>merge a bundle FILE</source>
        <translation>îmbină un pachet FILE</translation>
    </message>
    <message>
        <source>only results stored since this day (YYYY-MM-DD)</source>
        <translation>doar rezultatele salvate din această zi (AAAA-LL-ZZ)</translation>
    </message>
    <message>
        <source>open the demo centre</source>
        <translation>deschide centrul demonstrativ</translation>
    </message>
    <message>
        <source>put a damaged database aside and restore the newest automatic backup</source>
        <translation>pune deoparte o bază de date deteriorată și restaurează cea mai nouă copie de rezervă automată</translation>
    </message>
    <message>
        <source>save the report as PDF here</source>
        <translation>salvează aici raportul ca PDF</translation>
    </message>
    <message>
        <source>save the table as the screen shows it (in the report&apos;s language) as CSV</source>
        <translation>salvează tabelul ca CSV așa cum îl arată ecranul (în limba raportului)</translation>
    </message>
    <message>
        <source>save the table for other programs (codes) as CSV here</source>
        <translation>salvează aici tabelul pentru alte programe (coduri) ca CSV</translation>
    </message>
    <message>
        <source>the report&apos;s language (default: the centre&apos;s; for a certificate, the learner&apos;s)</source>
        <translation>limba raportului (implicit: a centrului; pentru un certificat, a cursantului)</translation>
    </message>
    <message>
        <source>send and receive results with the centre&apos;s LRS once</source>
        <translation>trimite și primește o dată rezultatele cu LRS-ul centrului</translation>
    </message>
    <message>
        <source>show a report, or save it as CSV or PDF</source>
        <translation>afișează un raport sau salvează-l ca CSV sau PDF</translation>
    </message>
    <message>
        <source>start, paint the first screen and exit (with --demo: create the demo first)</source>
        <translation>pornește, desenează primul ecran și ieși (cu --demo: creează întâi demonstrația)</translation>
    </message>
    <message>
        <source>the course&apos;s id, for a certificate</source>
        <translation>identificatorul cursului, pentru un certificat</translation>
    </message>
    <message>
        <source>the group&apos;s name</source>
        <translation>numele grupei</translation>
    </message>
    <message>
        <source>the learner&apos;s first name or id</source>
        <translation>prenumele sau identificatorul cursantului</translation>
    </message>
    <message>
        <source>write the centre&apos;s results to FILE</source>
        <translation>scrie rezultatele centrului în FILE</translation>
    </message>
</context>
<context>
    <name>CompetenceChart</name>
    <message>
        <source>Your competence chart</source>
        <translation>Diagrama competențelor dumneavoastră</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message numerus="yes">
        <source>About %n minutes</source>
        <translation>
            <numerusform>Aproximativ %n minut</numerusform>
            <numerusform>Aproximativ %n minute</numerusform>
            <numerusform>Aproximativ %n de minute</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lessons</source>
        <translation>%1 din %2 lecții</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminat</translation>
    </message>
    <message>
        <source>%1 of %2 lessons done</source>
        <translation>%1 din %2 lecții parcurse</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>neînceput</translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message>
        <source>Start the course</source>
        <translation>Începeți cursul</translation>
    </message>
    <message>
        <source>Read the first lesson again</source>
        <translation>Citiți din nou prima lecție</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuați</translation>
    </message>
    <message>
        <source>Back to my courses</source>
        <translation>Înapoi la cursurile mele</translation>
    </message>
    <message>
        <source>done</source>
        <translation>parcursă</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>încă neparcursă</translation>
    </message>
    <message>
        <source>You finished this course. Well done!</source>
        <translation>Ați terminat acest curs. Felicitări!</translation>
    </message>
    <message>
        <source>%1 of %2 lessons done.</source>
        <translation>%1 din %2 lecții parcurse.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Group</source>
        <translation>Grupă</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afișare</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursuri</translation>
    </message>
    <message>
        <source>Competence areas</source>
        <translation>Domenii de competență</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
    <message>
        <source>Learners and their progress</source>
        <translation>Cursanții și progresul lor</translation>
    </message>
    <message>
        <source>Latest sessions</source>
        <translation>Ultimele sesiuni</translation>
    </message>
    <message>
        <source>No groups yet. Make one in the Groups tab.</source>
        <translation>Nu există încă nicio grupă. Creați una în fila Grupe.</translation>
    </message>
    <message>
        <source>“!”: may need help (did not pass the same quiz 3 times, or no progress for 2 weeks). Press Enter or double-click a learner to open their page.</source>
        <translation>„!”: poate avea nevoie de ajutor (nu a trecut de 3 ori același test sau nu a avansat de 2 săptămâni). Apăsați Enter sau faceți dublu clic pe un cursant pentru a-i deschide pagina.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Cursant</translation>
    </message>
    <message>
        <source>Days here (30 days)</source>
        <translation>Zile de prezență (ultimele 30 de zile)</translation>
    </message>
    <message>
        <source>may need help</source>
        <translation>ar putea avea nevoie de ajutor</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>încă nu</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <source>%1 learners; %2 may need help.</source>
        <translation>Cursanți: %1; ar putea avea nevoie de ajutor: %2.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>did not sign out</source>
        <translation>sesiune neînchisă</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 din %2</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ terminat</translation>
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
            <numerusform>nu a trecut un test de %n dată</numerusform>
            <numerusform>nu a trecut un test de %n ori</numerusform>
            <numerusform>nu a trecut un test de %n de ori</numerusform>
        </translation>
    </message>
    <message>
        <source>no progress for 2 weeks</source>
        <translation>niciun progres de 2 săptămâni</translation>
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
        <translation>Calibrare: autoevaluare și dovezi</translation>
    </message>
    <message>
        <source>Your levels, and what they rest on</source>
        <translation>Nivelurile dvs. și pe ce se bazează</translation>
    </message>
    <message>
        <source>%1 (course quizzes)</source>
        <translation>%1 (testele cursurilor)</translation>
    </message>
    <message>
        <source>Said</source>
        <translation>Declarat</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Știe</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>A făcut</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observat</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Concluzie</translation>
    </message>
    <message>
        <source>You said</source>
        <translation>Ați spus</translation>
    </message>
    <message>
        <source>The questions showed</source>
        <translation>Întrebările au arătat</translation>
    </message>
    <message>
        <source>Practice showed</source>
        <translation>Exercițiile au arătat</translation>
    </message>
    <message>
        <source>Your trainer saw</source>
        <translation>Formatorul a văzut</translation>
    </message>
    <message>
        <source>Your level</source>
        <translation>Nivelul dvs.</translation>
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
        <translation>discutați</translation>
    </message>
    <message>
        <source>%1 below</source>
        <translation>sub dovezi cu %1</translation>
    </message>
    <message>
        <source>%1 above</source>
        <translation>peste dovezi cu %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>încă nu</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>nivelul %1</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Add %1 to a group</source>
        <translation>Adăugați-l pe %1 într-o grupă</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupă</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adăugați</translation>
    </message>
    <message>
        <source>No groups yet. Make one in the Groups tab.</source>
        <translation>Încă nu există grupe. Creați una în fila Grupe.</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Groups</source>
        <translation>Grupe</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Grupă nouă</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Numele grupei</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>Courses for this group</source>
        <translation>Cursurile acestei grupe</translation>
    </message>
    <message>
        <source>Finish the courses by</source>
        <translation>Cursurile trebuie terminate până la</translation>
    </message>
    <message>
        <source>Day to finish by</source>
        <translation>Termen de terminare</translation>
    </message>
    <message>
        <source>Made the group “%1”. Now choose its members and courses.</source>
        <translation>Grupa „%1” a fost creată. Acum alegeți membrii și cursurile ei.</translation>
    </message>
    <message>
        <source>Archived the group “%1”.</source>
        <translation>Grupa „%1” a fost arhivată.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membru</numerusform>
            <numerusform>%n membri</numerusform>
            <numerusform>%n de membri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n curs</numerusform>
            <numerusform>%n cursuri</numerusform>
            <numerusform>%n de cursuri</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the group “%1”: %2, %3, to finish by %4.</source>
        <translation>Grupa „%1” a fost salvată: %2, %3, termen de terminare: %4.</translation>
    </message>
    <message>
        <source>Saved the group “%1”: %2, %3.</source>
        <translation>Grupa „%1” a fost salvată: %2, %3.</translation>
    </message>
    <message>
        <source>Archive this group</source>
        <translation>Arhivați această grupă</translation>
    </message>
    <message>
        <source>Save the group</source>
        <translation>Salvați grupa</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce s-a făcut</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursuri</translation>
    </message>
    <message>
        <source>A group&apos;s courses are assigned to every member; they see them first.</source>
        <translation>Cursurile grupei sunt atribuite fiecărui membru și îi apar primele în listă.</translation>
    </message>
</context>
<context>
    <name>JoinCentre</name>
    <message>
        <source>LRS address</source>
        <translation>Adresa LRS</translation>
    </message>
    <message>
        <source>LRS key</source>
        <translation>Cheia LRS</translation>
    </message>
    <message>
        <source>LRS secret</source>
        <translation>Secretul LRS</translation>
    </message>
    <message>
        <source>Centre key</source>
        <translation>Cheia centrului</translation>
    </message>
    <message>
        <source>from the centre&apos;s recovery sheet</source>
        <translation>de pe fișa de recuperare a centrului</translation>
    </message>
    <message>
        <source>Join through the LRS</source>
        <translation>Alăturați-vă prin LRS</translation>
    </message>
    <message>
        <source>Join from a bundle file…</source>
        <translation>Alăturați-vă dintr-un fișier pachet…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Join an existing centre</source>
        <translation>Alăturați-vă unui centru existent</translation>
    </message>
    <message>
        <source>This PC gets the centre&apos;s learners and all their results. Type the centre key from the recovery sheet, then the centre&apos;s LRS details, or use a bundle file another PC of the centre saved on a USB stick.</source>
        <translation>Acest calculator primește cursanții centrului și toate rezultatele lor. Introduceți cheia centrului de pe fișa de recuperare, apoi datele LRS ale centrului, sau folosiți un fișier pachet pe care un alt calculator al centrului l-a salvat pe un stick USB.</translation>
    </message>
    <message>
        <source>Please fill in the centre key and all LRS details.</source>
        <translation>Vă rugăm să completați cheia centrului și toate datele LRS.</translation>
    </message>
    <message>
        <source>Choose the bundle file</source>
        <translation>Alegeți fișierul pachet</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>Pachete (*.zip)</translation>
    </message>
    <message>
        <source>Please type the centre key first.</source>
        <translation>Vă rugăm să introduceți mai întâi cheia centrului.</translation>
    </message>
    <message>
        <source>Joining the centre… this can take a few minutes.</source>
        <translation>Se face alăturarea la centru… Poate dura câteva minute.</translation>
    </message>
    <message>
        <source>Joining failed: %1</source>
        <translation>Alăturarea la centru nu a reușit: %1</translation>
    </message>
</context>
<context>
    <name>LearnerCertificates</name>
    <message>
        <source>Certificates of %1</source>
        <translation>Certificate – %1</translation>
    </message>
    <message>
        <source>%1 has not finished a course yet.</source>
        <translation>%1 nu a terminat încă niciun curs.</translation>
    </message>
    <message>
        <source>Certificates are printed in the learner&apos;s language: %1.</source>
        <translation>Certificatele se tipăresc în limba cursantului: %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închideți</translation>
    </message>
</context>
<context>
    <name>LearnerCompetences</name>
    <message>
        <source>Only where self-rating and evidence disagree</source>
        <translation>Doar unde autoevaluarea și dovezile nu se potrivesc</translation>
    </message>
    <message>
        <source>The level concluded rests on the strongest evidence: observed, then did, then known (questions and course quizzes), then said.</source>
        <translation>Concluzia se bazează pe cea mai puternică dovadă: observat, apoi a făcut, apoi știe (întrebări și testele cursurilor), apoi declarat.</translation>
    </message>
</context>
<context>
    <name>LearnerForm</name>
    <message>
        <source>New learner</source>
        <translation>Cursant nou</translation>
    </message>
    <message>
        <source>Edit learner</source>
        <translation>Modificați datele cursantului</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>4 to 6 numbers, or leave empty for no PIN</source>
        <translation>4 până la 6 cifre; lăsați necompletat dacă nu doriți PIN</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN</source>
        <translation>Lăsați necompletat pentru a păstra PIN-ul actual</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Eliminați PIN-ul</translation>
    </message>
    <message>
        <source>Colour of the tile</source>
        <translation>Culoarea plăcuței</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Culoarea %1</translation>
    </message>
    <message>
        <source>Picture on the tile</source>
        <translation>Imaginea de pe plăcuță</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Gender (optional)</source>
        <translation>Gen (opțional)</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Nu dorește să precizeze</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femeie</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Bărbat</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>Alt gen</translation>
    </message>
    <message>
        <source>Age (optional)</source>
        <translation>Vârsta (opțional)</translation>
    </message>
    <message>
        <source>Agrees that the centre keeps their learning records (needed)</source>
        <translation>Este de acord ca centrul să îi păstreze datele de învățare (obligatoriu)</translation>
    </message>
    <message>
        <source>Agrees that their results are counted, without their name, by the programme</source>
        <translation>Este de acord ca programul să îi includă rezultatele în statistici, fără nume</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Culoare</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagine</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gen</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Vârstă</translation>
    </message>
    <message>
        <source>First letter</source>
        <translation>Prima literă</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Soare</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Stea</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Inimă</translation>
    </message>
    <message>
        <source>Flower</source>
        <translation>Floare</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Casă</translation>
    </message>
    <message>
        <source>Music note</source>
        <translation>Notă muzicală</translation>
    </message>
    <message>
        <source>Snowflake</source>
        <translation>Fulg de nea</translation>
    </message>
    <message>
        <source>Umbrella</source>
        <translation>Umbrelă</translation>
    </message>
</context>
<context>
    <name>LearnerPage</name>
    <message>
        <source>Quiz answers</source>
        <translation>Răspunsuri la teste</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Întrebare</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Răspuns</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istoric</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursuri</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Competențe</translation>
    </message>
    <message>
        <source>Record an observed level…</source>
        <translation>Înregistrați un nivel observat…</translation>
    </message>
    <message>
        <source>Assign a course…</source>
        <translation>Atribuiți un curs…</translation>
    </message>
    <message>
        <source>Export this learner&apos;s data…</source>
        <translation>Exportați datele cursantului…</translation>
    </message>
    <message>
        <source>Erase this learner&apos;s data…</source>
        <translation>Ștergeți datele cursantului…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curs</translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation>Unde a ajuns</translation>
    </message>
    <message>
        <source>Lessons finished</source>
        <translation>Lecții terminate</translation>
    </message>
    <message>
        <source>Finish by</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Început</translation>
    </message>
    <message>
        <source>Quizzes not passed</source>
        <translation>Teste netrecute</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce s-a făcut</translation>
    </message>
    <message>
        <source>Add to a group…</source>
        <translation>Adăugați într-o grupă…</translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation>Certificate…</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Grupe: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciuna</translation>
    </message>
    <message>
        <source>No courses assigned or started yet.</source>
        <translation>Încă nu are cursuri atribuite sau începute.</translation>
    </message>
    <message>
        <source>Time spent learning at the centre: %1 hours.</source>
        <translation>Timp petrecut învățând la centru: %1 ore.</translation>
    </message>
    <message>
        <source>Finished on %1</source>
        <translation>Terminat pe %1</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>În curs</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Încă neînceput</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 din %2</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Adevărat</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Fals</translation>
    </message>
    <message>
        <source>%1 · quiz of “%2” · %3</source>
        <translation>%1 · testul lecției „%2” · %3</translation>
    </message>
    <message>
        <source>No quiz answers yet.</source>
        <translation>Încă nu există răspunsuri la teste.</translation>
    </message>
    <message>
        <source>right (try %1)</source>
        <translation>corect (încercarea %1)</translation>
    </message>
    <message>
        <source>not right (try %1)</source>
        <translation>greșit (încercarea %1)</translation>
    </message>
    <message>
        <source>%1 of %2 right the first time</source>
        <translation>%1 din %2 corecte din prima încercare</translation>
    </message>
    <message>
        <source>Was registered at the centre</source>
        <translation>A fost înscris la centru</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>S-a conectat</translation>
    </message>
    <message>
        <source>Was signed out after a while without activity</source>
        <translation>A fost deconectat după o perioadă fără activitate</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>S-a deconectat</translation>
    </message>
    <message>
        <source>Opened the lesson “%1”</source>
        <translation>A deschis lecția „%1”</translation>
    </message>
    <message>
        <source>Finished the lesson “%1”</source>
        <translation>A terminat lecția „%1”</translation>
    </message>
    <message>
        <source>Finished the course “%1”</source>
        <translation>A terminat cursul „%1”</translation>
    </message>
    <message>
        <source>Passed the quiz of “%1”</source>
        <translation>A trecut testul lecției „%1”</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Did not pass the quiz of “%1” yet</source>
        <translation>Încă nu a trecut testul lecției „%1”</translation>
    </message>
    <message>
        <source>Started a quick self-check: %1</source>
        <translation>A început o autoevaluare rapidă: %1</translation>
    </message>
    <message>
        <source>Started the full self-check</source>
        <translation>A început autoevaluarea completă</translation>
    </message>
    <message>
        <source>Finished a quick self-check: %1</source>
        <translation>A terminat o autoevaluare rapidă: %1</translation>
    </message>
    <message>
        <source>Finished the full self-check</source>
        <translation>A terminat autoevaluarea completă</translation>
    </message>
    <message>
        <source>Answered %1 of %2 knowledge questions of the self-check right</source>
        <translation>A răspuns corect la %1 din %2 întrebări de cunoștințe din autoevaluare</translation>
    </message>
    <message>
        <source>A trainer watched “%1” and recorded “not yet”</source>
        <translation>Un formator a urmărit „%1” și a notat „încă nu”</translation>
    </message>
    <message>
        <source>A trainer watched “%1” and recorded level %2</source>
        <translation>Un formator a urmărit „%1” și a înregistrat nivelul %2</translation>
    </message>
    <message>
        <source>Answered a question in the quiz of “%1”</source>
        <translation>A răspuns la o întrebare din testul lecției „%1”</translation>
    </message>
    <message>
        <source>Answered a statement of the self-check</source>
        <translation>A răspuns la o afirmație din autoevaluare</translation>
    </message>
    <message>
        <source>Something a newer SkillsApp recorded (%1)</source>
        <translation>Ceva înregistrat de o versiune mai nouă a SkillsApp (%1)</translation>
    </message>
    <message>
        <source>Assigned “%1” to %2, to finish by %3.</source>
        <translation>„%1” a fost atribuit pentru %2, cu termen de terminare %3.</translation>
    </message>
    <message>
        <source>Assigned “%1” to %2.</source>
        <translation>„%1” a fost atribuit pentru %2.</translation>
    </message>
    <message>
        <source>%1 is now in the group “%2”.</source>
        <translation>%1 este acum în grupa „%2”.</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Alegeți unde să salvați</translation>
    </message>
    <message>
        <source>Data about %1</source>
        <translation>Date despre %1</translation>
    </message>
    <message>
        <source>What is kept</source>
        <translation>Ce se păstrează</translation>
    </message>
    <message>
        <source>What this PC holds</source>
        <translation>Ce se află pe acest calculator</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nu s-a salvat nimic: %1</translation>
    </message>
    <message>
        <source>Saved %1&apos;s data in %2: %3 and %4.</source>
        <translation>Datele lui %1 au fost salvate în %2: %3 și %4.</translation>
    </message>
    <message>
        <source>Erase this learner&apos;s data?</source>
        <translation>Ștergeți datele acestui cursant?</translation>
    </message>
    <message>
        <source>This removes %1&apos;s profile and every learning record from this PC and the centre&apos;s other PCs. It cannot be undone.

%2</source>
        <translation>Se vor șterge profilul și toate datele de învățare ale cursantului %1 de pe acest calculator și de pe celelalte calculatoare ale centrului. Operațiunea nu poate fi anulată.

%2</translation>
    </message>
</context>
<context>
    <name>LearnerTile</name>
    <message>
        <source>Sign in as %1</source>
        <translation>Intrați ca %1</translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <source>Learners</source>
        <translation>Cursanți</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Show archived learners</source>
        <translation>Afișați cursanții arhivați</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Cursant nou</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschideți</translation>
    </message>
    <message>
        <source>Open the learner&apos;s page</source>
        <translation>Deschideți pagina cursantului</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modificați</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arhivați</translation>
    </message>
    <message>
        <source>Unlock PIN</source>
        <translation>Deblocați PIN-ul</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce s-a făcut</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arhivat</translation>
    </message>
    <message>
        <source>locked (too many wrong PINs)</source>
        <translation>blocat (prea multe PIN-uri greșite)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restabiliți</translation>
    </message>
    <message>
        <source>Added %1. Their tile is on the start screen of this PC.</source>
        <translation>%1 a fost adăugat. Pictograma sa este pe ecranul de început al acestui calculator.</translation>
    </message>
    <message>
        <source>Saved the changes to %1&apos;s profile.</source>
        <translation>Modificările profilului lui %1 au fost salvate.</translation>
    </message>
    <message>
        <source>Restored %1: their tile is back on the start screen.</source>
        <translation>%1 a fost restabilit: pictograma sa este din nou pe ecranul de început.</translation>
    </message>
    <message>
        <source>Archived %1: their tile is gone and their records are kept.</source>
        <translation>%1 a fost arhivat: pictograma a dispărut, datele sale se păstrează.</translation>
    </message>
    <message>
        <source>%1 can sign in with their PIN again.</source>
        <translation>%1 se poate conecta din nou cu PIN-ul.</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Lesson text</source>
        <translation>Textul lecției</translation>
    </message>
    <message>
        <source>Check what I learned</source>
        <translation>Verific ce am învățat</translation>
    </message>
    <message>
        <source>I have finished this lesson</source>
        <translation>Am terminat această lecție</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Înapoi la curs</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Citire cu voce tare</translation>
    </message>
    <message>
        <source>%1 · Lesson %2 of %3</source>
        <translation>%1 · Lecția %2 din %3</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Opriți citirea</translation>
    </message>
    <message>
        <source>Links are switched off</source>
        <translation>Linkurile sunt dezactivate</translation>
    </message>
    <message>
        <source>Opening web pages from lessons is switched off on this PC.</source>
        <translation>Pe acest calculator, deschiderea paginilor web din lecții este dezactivată.</translation>
    </message>
    <message>
        <source>Open a web page?</source>
        <translation>Deschideți o pagină web?</translation>
    </message>
    <message>
        <source>This link opens a web page outside SkillsApp, in your web browser:

%1

Do you want to open it?</source>
        <translation>Acest link deschide o pagină web în afara SkillsApp, în browserul dumneavoastră:

%1

Doriți să o deschideți?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Finish</source>
        <translation>Am terminat</translation>
    </message>
    <message>
        <source>Finish and sign out</source>
        <translation>Terminați și ieșiți</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Sunt încă aici</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Ieșire</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? You will be signed out in %n seconds to keep your work private.</source>
        <translation>
            <numerusform>Mai sunteți aici? Pentru ca lucrul dumneavoastră să rămână privat, sesiunea se va închide în %n secundă.</numerusform>
            <numerusform>Mai sunteți aici? Pentru ca lucrul dumneavoastră să rămână privat, sesiunea se va închide în %n secunde.</numerusform>
            <numerusform>Mai sunteți aici? Pentru ca lucrul dumneavoastră să rămână privat, sesiunea se va închide în %n de secunde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchInput</name>
    <message>
        <source>Choose…</source>
        <translation>Alegeți…</translation>
    </message>
    <message>
        <source>What goes with “%1”</source>
        <translation>Ce se potrivește cu „%1”</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>A PIN is {low} to {high} numbers, for example 4 8 1 5.</source>
        <translation>PIN-ul se scrie doar cu cifre, de exemplu 4 8 1 5 (numărul de cifre: între {low} și {high}).</translation>
    </message>
    <message>
        <source>A learner&apos;s record</source>
        <translation>Fișa unui cursant</translation>
    </message>
    <message>
        <source>A web page answered instead of the LRS (a Wi-Fi sign-in page or a wrong address?).</source>
        <translation>În locul LRS a răspuns o pagină web (poate o pagină de conectare la Wi-Fi sau o adresă greșită?).</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avansat</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Grupă de vârstă</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Toți cursanții</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>Alt gen</translation>
    </message>
    <message>
        <source>Attendance counts the days from {day} on.</source>
        <translation>Prezența numără zilele începând cu {day}.</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>De bază</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Finalizat</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conexiune reușită</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Defalcat după</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curs</translation>
    </message>
    <message>
        <source>Courses completed</source>
        <translation>Cursuri absolvite</translation>
    </message>
    <message>
        <source>Days present in the last 30 days</source>
        <translation>Zile de prezență în ultimele 30 de zile</translation>
    </message>
    <message>
        <source>DigComp area</source>
        <translation>Domeniu DigComp</translation>
    </message>
    <message>
        <source>DigComp levels by area</source>
        <translation>Nivelurile DigComp pe domenii</translation>
    </message>
    <message>
        <source>DigComp levels by area from {start} to {end}</source>
        <translation>Nivelurile DigComp pe domenii, de la {start} la {end}</translation>
    </message>
    <message>
        <source>DigComp version {version} is not known.</source>
        <translation>Versiunea DigComp {version} nu este cunoscută.</translation>
    </message>
    <message>
        <source>Every statement has been answered.</source>
        <translation>Ați răspuns deja la toate afirmațiile.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>De bază</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupă</translation>
    </message>
    <message>
        <source>Group progress</source>
        <translation>Progresul grupei</translation>
    </message>
    <message>
        <source>Highly advanced</source>
        <translation>Foarte avansat</translation>
    </message>
    <message>
        <source>Highly specialised</source>
        <translation>Înalt specializat</translation>
    </message>
    <message>
        <source>Hours of learning</source>
        <translation>Ore de învățare</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>În desfășurare</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermediar</translation>
    </message>
    <message>
        <source>Latest self-check</source>
        <translation>Ultima autoevaluare</translation>
    </message>
    <message>
        <source>Latest self-check, DigCompSat bands</source>
        <translation>Ultima autoevaluare, benzile DigCompSat</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Cursant</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Cursanți</translation>
    </message>
    <message>
        <source>Learning record of {name}</source>
        <translation>Fișa de învățare: {name}</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecții</translation>
    </message>
    <message>
        <source>Lessons done</source>
        <translation>Lecții parcurse</translation>
    </message>
    <message>
        <source>Level gain, observed by a trainer</source>
        <translation>Creșterea nivelului, observată de formator</translation>
    </message>
    <message>
        <source>Level gain, self-assessed</source>
        <translation>Creșterea nivelului, autoevaluată</translation>
    </message>
    <message>
        <source>Level gains: latest minus first level in the period, averaged over the learners assessed at least twice; the column “Learners” says how many.</source>
        <translation>Creșterea nivelului: ultimul nivel minus primul din perioadă, în medie pentru cursanții evaluați de cel puțin două ori; coloana „Cursanți” arată câți.</translation>
    </message>
    <message>
        <source>Levels from the self-checks finished in the period. “Latest self-check”: each learner&apos;s latest level in the area. The first and latest self-check are compared for the learners who did two or more in the period (pre/post).</source>
        <translation>Nivelurile din autoevaluările terminate în perioadă. „Ultima autoevaluare”: ultimul nivel al fiecărui cursant în domeniu. Prima și ultima autoevaluare se compară pentru cursanții care au făcut două sau mai multe în perioadă (înainte/după).</translation>
    </message>
    <message>
        <source>May need help</source>
        <translation>Poate avea nevoie de ajutor</translation>
    </message>
    <message>
        <source>Mean level</source>
        <translation>Nivel mediu</translation>
    </message>
    <message>
        <source>Mean self-check score, % (DigCompSat)</source>
        <translation>Scorul mediu al autoevaluării, % (DigCompSat)</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Bărbați</translation>
    </message>
    <message>
        <source>No centre in this LRS account opens with this centre key. Please check the key on the centre&apos;s recovery sheet, and the LRS key and secret.</source>
        <translation>Niciun centru din acest cont LRS nu se deschide cu această cheie a centrului. Vă rugăm să verificați cheia de pe fișa de recuperare a centrului, precum și cheia și secretul LRS.</translation>
    </message>
    <message>
        <source>No printer is set up on this PC. Save the PDF instead and print it elsewhere, or ask whoever looks after this PC to add a printer.</source>
        <translation>Pe acest calculator nu este configurată nicio imprimantă. Salvați PDF-ul și tipăriți-l în altă parte sau rugați persoana care se ocupă de acest calculator să adauge o imprimantă.</translation>
    </message>
    <message>
        <source>No progress for 2 weeks</source>
        <translation>Niciun progres de 2 săptămâni</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Neînceput</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nespecificat</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Încă nu</translation>
    </message>
    <message>
        <source>Only a trainer of this centre can record an assessment.</source>
        <translation>Doar un formator al acestui centru poate înregistra o evaluare.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <source>Participants: learners who signed in or learned on at least one day of the period.</source>
        <translation>Participanți: cursanții care s-au conectat sau au învățat în cel puțin o zi din perioadă.</translation>
    </message>
    <message>
        <source>Please answer every statement before finishing.</source>
        <translation>Vă rugăm să răspundeți la toate afirmațiile înainte de a termina.</translation>
    </message>
    <message>
        <source>Please choose a period between {earliest} and the end of next year.</source>
        <translation>Vă rugăm să alegeți o perioadă între {earliest} și sfârșitul anului viitor.</translation>
    </message>
    <message>
        <source>Please choose one of the answers.</source>
        <translation>Vă rugăm să alegeți unul dintre răspunsuri.</translation>
    </message>
    <message>
        <source>Please choose one of the five areas for the quick check.</source>
        <translation>Vă rugăm să alegeți unul dintre cele cinci domenii pentru verificarea rapidă.</translation>
    </message>
    <message>
        <source>Please choose one of the four answers.</source>
        <translation>Vă rugăm să alegeți unul dintre cele patru răspunsuri.</translation>
    </message>
    <message>
        <source>Please choose one of the offered colours.</source>
        <translation>Vă rugăm să alegeți una dintre culorile propuse.</translation>
    </message>
    <message>
        <source>Please choose one of the offered languages.</source>
        <translation>Vă rugăm să alegeți una dintre limbile propuse.</translation>
    </message>
    <message>
        <source>Please choose one of the offered pictures.</source>
        <translation>Vă rugăm să alegeți una dintre imaginile propuse.</translation>
    </message>
    <message>
        <source>Please choose the quick check or the full check.</source>
        <translation>Vă rugăm să alegeți verificarea rapidă sau verificarea completă.</translation>
    </message>
    <message>
        <source>Please choose the task you watched before ticking its steps.</source>
        <translation>Vă rugăm să alegeți mai întâi sarcina observată și abia apoi să bifați pașii ei.</translation>
    </message>
    <message>
        <source>Please give dates as year-month-day, for example 2026-03-31.</source>
        <translation>Vă rugăm să scrieți datele în forma an-lună-zi, de exemplu 2026-03-31.</translation>
    </message>
    <message>
        <source>Please give the course&apos;s id, for example --course email-basics.</source>
        <translation>Vă rugăm să indicați identificatorul cursului, de exemplu --course email-basics.</translation>
    </message>
    <message>
        <source>Please give the due date as a day, for example 2026-05-31.</source>
        <translation>Vă rugăm să indicați termenul ca dată, de exemplu 2026-05-31.</translation>
    </message>
    <message>
        <source>Please give the period: its first and its last day.</source>
        <translation>Vă rugăm să indicați perioada: prima și ultima zi.</translation>
    </message>
    <message>
        <source>Please keep the note under {limit} characters.</source>
        <translation>Nota este prea lungă. Vă rugăm să o scurtați (numărul de caractere trebuie să fie sub {limit}).</translation>
    </message>
    <message>
        <source>Please put the key and secret in their own boxes, not in the address.</source>
        <translation>Vă rugăm să scrieți cheia și secretul în câmpurile lor, nu în adresă.</translation>
    </message>
    <message>
        <source>Please set the LRS address, key and secret first.</source>
        <translation>Vă rugăm să setați mai întâi adresa, cheia și secretul LRS.</translation>
    </message>
    <message>
        <source>Please set the centre key first (trainer settings, Sync).</source>
        <translation>Vă rugăm să setați mai întâi cheia centrului (setările formatorului, Sincronizare).</translation>
    </message>
    <message>
        <source>Please type a {field}.</source>
        <translation>Vă rugăm să introduceți {field}.</translation>
    </message>
    <message>
        <source>Please type the LRS key and secret.</source>
        <translation>Vă rugăm să introduceți cheia și secretul LRS.</translation>
    </message>
    <message>
        <source>Please type the centre key to set up this PC from the bundle.</source>
        <translation>Vă rugăm să introduceți cheia centrului pentru a configura acest calculator din pachet.</translation>
    </message>
    <message>
        <source>Post: latest self-check (of those with two or more)</source>
        <translation>După: ultima autoevaluare (a celor cu două sau mai multe)</translation>
    </message>
    <message>
        <source>Pre/post: too few to report</source>
        <translation>Înainte/după: prea puțini pentru raportare</translation>
    </message>
    <message>
        <source>Pre: first self-check (of those with two or more)</source>
        <translation>Înainte: prima autoevaluare (a celor cu două sau mai multe)</translation>
    </message>
    <message>
        <source>Programme indicators</source>
        <translation>Indicatorii programului</translation>
    </message>
    <message>
        <source>Programme indicators from {start} to {end}</source>
        <translation>Indicatorii programului de la {start} până la {end}</translation>
    </message>
    <message>
        <source>Progress of the group {name}</source>
        <translation>Progresul grupei {name}</translation>
    </message>
    <message>
        <source>Quiz not passed after {count} tries</source>
        <translation>Test nepromovat după {count} încercări</translation>
    </message>
    <message>
        <source>Quiz tries</source>
        <translation>Încercări la teste</translation>
    </message>
    <message>
        <source>Quiz tries not passed</source>
        <translation>Încercări nepromovate</translation>
    </message>
    <message>
        <source>Self-check score as DigCompSat counts it: the mean of the answers&apos; points in the area, as a percentage. Its bands: Low 0–29 % (counted under “Not yet”), Foundation 30–47 %, Intermediate 48–80 %, Advanced 81–100 %.</source>
        <translation>Scorul autoevaluării după DigCompSat: media punctelor răspunsurilor din domeniu, în procente. Benzile sale: Scăzut 0–29 % (numărat la „Încă nu”), De bază 30–47 %, Intermediar 48–80 %, Avansat 81–100 %.</translation>
    </message>
    <message>
        <source>SkillsApp cannot save in its data folder ({folder}) because it is read-only. Please ask whoever looks after this PC to allow writing there, or set SKILLSAPP_HOME to a folder that can be written. Nothing has been changed.</source>
        <translation>SkillsApp nu poate salva în dosarul său de date ({folder}) pentru că acesta este doar pentru citire. Rugați persoana care se ocupă de acest calculator să permită scrierea acolo sau setați SKILLSAPP_HOME la un dosar în care se poate scrie. Nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <source>SkillsApp cannot use its data folder ({folder}): {reason}. Please check that the folder exists and can be written, or set SKILLSAPP_HOME to another folder. Nothing has been changed.</source>
        <translation>SkillsApp nu își poate folosi dosarul de date ({folder}): {reason}. Vă rugăm să verificați dacă dosarul există și se poate scrie în el sau setați SKILLSAPP_HOME la alt dosar. Nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <source>So that nobody can be singled out, figures about fewer than {least} learners are not shown: “Too few to report”.</source>
        <translation>Ca nimeni să nu poată fi identificat, datele despre mai puțin de {least} cursanți nu se afișează: „Prea puțini pentru raportare”.</translation>
    </message>
    <message>
        <source>Some members of this group are not learners of the centre ({count}).</source>
        <translation>Unii membri ai acestei grupe nu sunt cursanți ai centrului ({count}).</translation>
    </message>
    <message>
        <source>Some results could not be confirmed ({count}); they will be sent again.</source>
        <translation>Unele rezultate nu au putut fi confirmate ({count}); vor fi trimise din nou.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Început</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Text size must be between 100% and 200%.</source>
        <translation>Mărimea textului trebuie să fie între 100% și 200%.</translation>
    </message>
    <message>
        <source>That course is not on this PC.</source>
        <translation>Cursul respectiv nu se află pe acest calculator.</translation>
    </message>
    <message>
        <source>That task is not in the list of tasks.</source>
        <translation>Sarcina respectivă nu se află în lista de sarcini.</translation>
    </message>
    <message>
        <source>That task shows a different competence.</source>
        <translation>Sarcina respectivă ține de o altă competență.</translation>
    </message>
    <message>
        <source>The LRS address must start with https:// so that results travel safely.</source>
        <translation>Adresa LRS trebuie să înceapă cu https://, pentru ca rezultatele să circule în siguranță.</translation>
    </message>
    <message>
        <source>The LRS address should look like https://lrs.example.org/xAPI/</source>
        <translation>Adresa LRS ar trebui să arate așa: https://lrs.example.org/xAPI/</translation>
    </message>
    <message>
        <source>The LRS answered, but not with a list of statements.</source>
        <translation>LRS a răspuns, dar nu cu o listă de înregistrări.</translation>
    </message>
    <message>
        <source>The LRS answered, but not with the list of stored statements.</source>
        <translation>LRS a răspuns, dar nu cu lista înregistrărilor stocate.</translation>
    </message>
    <message>
        <source>The LRS cannot be reached; results are kept here and sent later.</source>
        <translation>LRS nu poate fi contactat; rezultatele se păstrează aici și vor fi trimise mai târziu.</translation>
    </message>
    <message>
        <source>The LRS gave an unexpected answer (HTTP {status}).</source>
        <translation>LRS a dat un răspuns neașteptat (HTTP {status}).</translation>
    </message>
    <message>
        <source>The LRS has a problem of its own (HTTP {status}); trying later.</source>
        <translation>LRS are o problemă proprie (HTTP {status}); se va încerca din nou mai târziu.</translation>
    </message>
    <message>
        <source>The LRS keeps sending us elsewhere; please check the address.</source>
        <translation>LRS ne tot redirecționează în altă parte; vă rugăm să verificați adresa.</translation>
    </message>
    <message>
        <source>The LRS refused the statement (HTTP {status}): {detail}</source>
        <translation>LRS a refuzat înregistrarea (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>The LRS sent a broken link to the next page.</source>
        <translation>LRS a trimis o legătură defectă către pagina următoare.</translation>
    </message>
    <message>
        <source>The LRS sent an answer far too large to be statements.</source>
        <translation>LRS a trimis un răspuns mult prea mare ca să conțină doar înregistrări.</translation>
    </message>
    <message>
        <source>The LRS sent an answer that cannot be read.</source>
        <translation>LRS a trimis un răspuns care nu poate fi citit.</translation>
    </message>
    <message>
        <source>The LRS sent us to another address ({host}); nothing was sent there.</source>
        <translation>LRS ne-a trimis la o altă adresă ({host}); nu s-a trimis nimic acolo.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {file}: {reason}. Check that the USB stick is plugged in and has free space. Nothing was saved.</source>
        <translation>PDF-ul nu a putut fi salvat ca {file}: {reason}. Verificați dacă stickul USB este conectat și are spațiu liber. Nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {file}: {reason}. Nothing was saved.</source>
        <translation>PDF-ul nu a putut fi salvat ca {file}: {reason}. Nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>The bundle cannot be read ({reason}).</source>
        <translation>Pachetul nu poate fi citit ({reason}).</translation>
    </message>
    <message>
        <source>The centre key does not open this bundle. Please check the key.</source>
        <translation>Cheia centrului nu deschide acest pachet. Vă rugăm să verificați cheia.</translation>
    </message>
    <message>
        <source>The centre key needs at least {limit} characters.</source>
        <translation>Cheia centrului este prea scurtă (numărul minim de caractere: {limit}).</translation>
    </message>
    <message>
        <source>The centre needs at least one trainer account.</source>
        <translation>Centrul are nevoie de cel puțin un cont de formator.</translation>
    </message>
    <message>
        <source>The course “{title}” comes with SkillsApp and cannot be replaced from a file. It is updated together with SkillsApp.</source>
        <translation>Cursul „{title}” vine odată cu SkillsApp și nu poate fi înlocuit dintr-un fișier. Se actualizează împreună cu SkillsApp.</translation>
    </message>
    <message>
        <source>The course “{title}” is already installed in version {installed}. This file holds version {version}, which is not newer, so nothing was changed.</source>
        <translation>Cursul „{title}” este deja instalat în versiunea {installed}. Acest fișier conține versiunea {version}, care nu este mai nouă, așa că nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <source>The day to finish by has already passed. Please choose today or a later day.</source>
        <translation>Această zi a trecut deja. Vă rugăm să alegeți ziua de azi sau una mai târzie.</translation>
    </message>
    <message>
        <source>The day you watched the task cannot be in the future.</source>
        <translation>Ziua în care ați observat sarcina nu poate fi în viitor.</translation>
    </message>
    <message>
        <source>The disk where SkillsApp keeps its records ({folder}) is full. Please make some room on it (for example, empty the recycle bin), then start SkillsApp again. Nothing has been changed.</source>
        <translation>Discul pe care SkillsApp își păstrează datele ({folder}) este plin. Vă rugăm să faceți loc pe el (de exemplu, goliți coșul de gunoi), apoi porniți din nou SkillsApp. Nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <source>The key or secret is wrong.</source>
        <translation>Cheia sau secretul nu sunt corecte.</translation>
    </message>
    <message>
        <source>The learning records in {file} were saved by a newer version of SkillsApp (data version {found}, this version reads up to {known}). Please install the newer version; nothing has been changed.</source>
        <translation>Datele de învățare din {file} au fost salvate de o versiune mai nouă a SkillsApp (versiunea datelor: {found}; această versiune citește până la {known}). Vă rugăm să instalați versiunea mai nouă; nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <source>The learning records on this PC ({file}) are damaged and cannot be opened ({detail}).</source>
        <translation>Datele de învățare de pe acest calculator ({file}) sunt deteriorate și nu pot fi deschise ({detail}).</translation>
    </message>
    <message>
        <source>The level must be a whole number from {low} to {high}.</source>
        <translation>Nivelul trebuie să fie un număr întreg de la {low} la {high}.</translation>
    </message>
    <message>
        <source>The password can have at most {limit} characters.</source>
        <translation>Parola este prea lungă (numărul maxim de caractere: {limit}).</translation>
    </message>
    <message>
        <source>The password contains characters that cannot be typed. Please try again.</source>
        <translation>Parola conține caractere care nu pot fi tastate. Vă rugăm să încercați din nou.</translation>
    </message>
    <message>
        <source>The password needs at least {limit} characters.</source>
        <translation>Parola este prea scurtă (numărul minim de caractere: {limit}).</translation>
    </message>
    <message>
        <source>The period ends before it starts. Please swap the two dates.</source>
        <translation>Perioada se termină înainte să înceapă. Vă rugăm să inversați cele două date.</translation>
    </message>
    <message>
        <source>The printer reported a problem and the pages may not have come out. Check that it is switched on and has paper, then try again.</source>
        <translation>Imprimanta a semnalat o problemă și este posibil ca paginile să nu fi ieșit. Verificați dacă este pornită și are hârtie, apoi încercați din nou.</translation>
    </message>
    <message>
        <source>The report could not be saved as {file}: {reason}. Check that the USB stick is plugged in, has free space and is not write-protected. Nothing was saved.</source>
        <translation>Raportul nu a putut fi salvat ca {file}: {reason}. Verificați dacă stickul USB este conectat, are spațiu liber și nu este protejat la scriere. Nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>The resident needs to agree that the centre keeps their learning records, otherwise their progress cannot be saved.</source>
        <translation>Cursantul trebuie să fie de acord ca centrul să îi păstreze datele de învățare; altfel progresul său nu poate fi salvat.</translation>
    </message>
    <message>
        <source>The steps of this task are numbered 1 to {count}.</source>
        <translation>Pașii acestei sarcini sunt numerotați de la 1 la {count}.</translation>
    </message>
    <message>
        <source>The {field} contains characters that cannot be shown. Please type it again.</source>
        <translation>Vă rugăm să scrieți din nou {field}: textul conține caractere care nu pot fi afișate.</translation>
    </message>
    <message>
        <source>The {field} is too long: please use at most {limit} letters.</source>
        <translation>Textul este prea lung: vă rugăm să scurtați {field} (numărul maxim de litere: {limit}).</translation>
    </message>
    <message>
        <source>The {field} needs at least one letter.</source>
        <translation>Vă rugăm să scrieți {field} cu cel puțin o literă.</translation>
    </message>
    <message>
        <source>There are no groups yet.</source>
        <translation>Nu există încă grupe.</translation>
    </message>
    <message>
        <source>There are no learners yet.</source>
        <translation>Nu există încă cursanți.</translation>
    </message>
    <message>
        <source>There is no group called “{name}”. The groups are: {names}.</source>
        <translation>Nu există nicio grupă numită „{name}”. Grupele sunt: {names}.</translation>
    </message>
    <message>
        <source>There is no learner called “{name}”.</source>
        <translation>Nu există niciun cursant numit „{name}”.</translation>
    </message>
    <message>
        <source>There is no report called “{name}”. The reports are: {names}.</source>
        <translation>Nu există niciun raport numit „{name}”. Rapoartele sunt: {names}.</translation>
    </message>
    <message>
        <source>There is no room left on the disk that holds {folder}, or it cannot be written to. Please free some space (or ask whoever looks after this PC) and start SkillsApp again. Your records are safe; nothing was changed.</source>
        <translation>Pe discul care conține {folder} nu mai este spațiu liber sau nu se poate scrie pe el. Vă rugăm să eliberați spațiu (sau să cereți ajutorul persoanei care se ocupă de acest calculator) și să porniți din nou SkillsApp. Datele dumneavoastră sunt în siguranță; nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <source>This PC already belongs to a centre.</source>
        <translation>Acest calculator aparține deja unui centru.</translation>
    </message>
    <message>
        <source>This bundle belongs to another centre ({centre}), not to this one. Nothing was imported.</source>
        <translation>Acest pachet aparține altui centru ({centre}), nu acestuia. Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>This bundle has been changed since it was made, or it was made with another centre key. Nothing was imported.</source>
        <translation>Acest pachet a fost modificat după ce a fost creat sau a fost creat cu cheia altui centru. Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>This bundle unpacks to far more data than a centre can hold. Nothing was imported.</source>
        <translation>Despachetat, acest pachet ar conține mult mai multe date decât poate avea un centru. Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of SkillsApp ({version}). Please update SkillsApp on this PC first. Nothing was imported.</source>
        <translation>Acest pachet a fost creat de o versiune mai nouă a SkillsApp ({version}). Vă rugăm să actualizați mai întâi SkillsApp pe acest calculator. Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>This course pack is protected with a password; make the zip again without one.</source>
        <translation>Acest pachet de curs este protejat cu parolă; refaceți arhiva zip fără parolă.</translation>
    </message>
    <message>
        <source>This course pack would take {size} MB once unpacked; at most {limit} MB is allowed.</source>
        <translation>Despachetat, acest pachet de curs ar ocupa {size} MB; sunt permiși cel mult {limit} MB.</translation>
    </message>
    <message>
        <source>This file cannot be read: {reason}.</source>
        <translation>Acest fișier nu poate fi citit: {reason}.</translation>
    </message>
    <message>
        <source>This file holds {count} files; a course pack may hold at most {limit}. It is probably not a course pack.</source>
        <translation>Acest fișier conține prea multe fișiere ({count}); un pachet de curs poate conține cel mult {limit}. Probabil nu este un pachet de curs.</translation>
    </message>
    <message>
        <source>This file holds “{name}” twice.</source>
        <translation>Acest fișier conține de două ori „{name}”.</translation>
    </message>
    <message>
        <source>This file is damaged or was made in a way SkillsApp cannot open; make the zip again with an ordinary zip program.</source>
        <translation>Acest fișier este deteriorat sau a fost creat într-un mod pe care SkillsApp nu îl poate deschide; refaceți arhiva zip cu un program zip obișnuit.</translation>
    </message>
    <message>
        <source>This file is not a SkillsApp bundle. Nothing was imported.</source>
        <translation>Acest fișier nu este un pachet SkillsApp. Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>This file is not a complete SkillsApp bundle (it may have been cut short while copying). Please copy it again. Nothing was imported.</source>
        <translation>Acest fișier nu este un pachet SkillsApp complet (poate copierea s-a întrerupt). Vă rugăm să îl copiați din nou. Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>This file is not a course pack: it has no course.yaml.</source>
        <translation>Acest fișier nu este un pachet de curs: nu conține course.yaml.</translation>
    </message>
    <message>
        <source>This file is not a course pack: it is not a zip file, or it is damaged or incomplete (copy it to the USB stick again).</source>
        <translation>Acest fișier nu este un pachet de curs: nu este un fișier zip sau este deteriorat ori incomplet (copiați-l din nou pe stickul USB).</translation>
    </message>
    <message>
        <source>This file is not a safe course pack.</source>
        <translation>Acest fișier nu este un pachet de curs sigur.</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: it would unpack to far more data than it holds (a &apos;zip bomb&apos;).</source>
        <translation>Acest fișier nu este un pachet de curs sigur: la despachetare ar produce mult mai multe date decât conține („bombă zip”).</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: “{name}” is a link or a special file, not a plain file.</source>
        <translation>Acest fișier nu este un pachet de curs sigur: „{name}” este o legătură sau un fișier special, nu un fișier obișnuit.</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: “{name}” would be written outside the course folder.</source>
        <translation>Acest fișier nu este un pachet de curs sigur: „{name}” ar fi scris în afara dosarului cursului.</translation>
    </message>
    <message>
        <source>This learner is not registered at this centre.</source>
        <translation>Acest cursant nu este înregistrat la acest centru.</translation>
    </message>
    <message>
        <source>This learner&apos;s profile is archived; restore it first.</source>
        <translation>Profilul acestui cursant este arhivat; restabiliți-l mai întâi.</translation>
    </message>
    <message>
        <source>This trainer account is archived.</source>
        <translation>Acest cont de formator este arhivat.</translation>
    </message>
    <message>
        <source>This trainer could not be saved. Please try again.</source>
        <translation>Datele formatorului nu au putut fi salvate. Vă rugăm să încercați din nou.</translation>
    </message>
    <message>
        <source>Time spent learning at the centre, in hours: {hours}</source>
        <translation>Timpul petrecut învățând la centru, în ore: {hours}</translation>
    </message>
    <message>
        <source>Too few to report</source>
        <translation>Prea puțini pentru raportare</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Why help may be needed</source>
        <translation>De ce poate avea nevoie de ajutor</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femei</translation>
    </message>
    <message>
        <source>centre name</source>
        <translation>numele centrului</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prenumele</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>numele grupei</translation>
    </message>
    <message>
        <source>it is not a SkillsApp database file</source>
        <translation>nu este un fișier de date SkillsApp</translation>
    </message>
    <message>
        <source>name</source>
        <translation>numele</translation>
    </message>
    <message>
        <source>trainer&apos;s name</source>
        <translation>numele formatorului</translation>
    </message>
    <message>
        <source>{name} has no certificate for the course “{course}” yet: it comes when the course is finished.</source>
        <translation>{name} nu are încă un certificat pentru cursul „{course}”: îl primește când termină cursul.</translation>
    </message>
    <message>
        <source>{name} is already in the group “{group}”.</source>
        <translation>{name} este deja în grupa „{group}”.</translation>
    </message>
    <message>
        <source>“{code}” is not a DigComp competence.</source>
        <translation>„{code}” nu este o competență DigComp.</translation>
    </message>
</context>
<context>
    <name>MyData</name>
    <message>
        <source>What happens in the learning record store (LRS): it only ever received results under a number, never a name. Results it already received are marked as withdrawn (voided), so reports no longer count them, but the store keeps a record that they existed.</source>
        <translation>Ce se întâmplă în depozitul de date de învățare (LRS): acesta a primit rezultatele întotdeauna doar sub un număr, niciodată cu un nume. Rezultatele deja primite sunt marcate ca retrase (anulate), astfel încât rapoartele nu le mai iau în calcul, dar depozitul păstrează o evidență că au existat.</translation>
    </message>
    <message>
        <source>The centre keeps your learning records.</source>
        <translation>Centrul vă păstrează datele de învățare.</translation>
    </message>
    <message>
        <source>Your results are counted, without your name, by the programme.</source>
        <translation>Programul vă include rezultatele în statistici, fără numele dumneavoastră.</translation>
    </message>
    <message>
        <source>Your results are not shared with the programme.</source>
        <translation>Rezultatele dumneavoastră nu sunt transmise programului.</translation>
    </message>
    <message>
        <source>You agreed on %1.</source>
        <translation>V-ați dat acordul pe %1.</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Profilul dumneavoastră</translation>
    </message>
    <message>
        <source>First name %1; language %2; %3; tile colour and picture.</source>
        <translation>Prenume: %1; limbă: %2; %3; culoarea și imaginea plăcuței.</translation>
    </message>
    <message>
        <source>a PIN is set</source>
        <translation>cu PIN</translation>
    </message>
    <message>
        <source>no PIN</source>
        <translation>fără PIN</translation>
    </message>
    <message>
        <source>About you (optional)</source>
        <translation>Despre dumneavoastră (opțional)</translation>
    </message>
    <message>
        <source>Gender: %1. Age: %2.</source>
        <translation>Gen: %1. Vârstă: %2.</translation>
    </message>
    <message>
        <source>What you agreed to</source>
        <translation>La ce v-ați dat acordul</translation>
    </message>
    <message>
        <source>Your courses</source>
        <translation>Cursurile dumneavoastră</translation>
    </message>
    <message>
        <source>%1 started, %2 finished.</source>
        <translation>Începute: %1, terminate: %2.</translation>
    </message>
    <message>
        <source>Your visits</source>
        <translation>Vizitele dumneavoastră</translation>
    </message>
    <message numerus="yes">
        <source>You came on %n day(s).</source>
        <translation>
            <numerusform>Ați fost aici %n zi.</numerusform>
            <numerusform>Ați fost aici %n zile.</numerusform>
            <numerusform>Ați fost aici %n de zile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your groups</source>
        <translation>Grupurile dumneavoastră</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Niciunul.</translation>
    </message>
    <message>
        <source>Your learning records</source>
        <translation>Datele dumneavoastră de învățare</translation>
    </message>
    <message numerus="yes">
        <source>%n records of what you did (lessons opened, answers given, courses finished, self-checks).</source>
        <translation>
            <numerusform>%n înregistrare despre ce ați făcut (lecții deschise, răspunsuri date, cursuri terminate, verificări ale competențelor).</numerusform>
            <numerusform>%n înregistrări despre ce ați făcut (lecții deschise, răspunsuri date, cursuri terminate, verificări ale competențelor).</numerusform>
            <numerusform>%n de înregistrări despre ce ați făcut (lecții deschise, răspunsuri date, cursuri terminate, verificări ale competențelor).</numerusform>
        </translation>
    </message>
    <message>
        <source>woman</source>
        <translation>femeie</translation>
    </message>
    <message>
        <source>man</source>
        <translation>bărbat</translation>
    </message>
    <message>
        <source>another gender</source>
        <translation>alt gen</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nespecificat</translation>
    </message>
</context>
<context>
    <name>MyDataScreen</name>
    <message>
        <source>Save a copy of my data (with a trainer)</source>
        <translation>Salvez o copie a datelor mele (cu un formator)</translation>
    </message>
    <message>
        <source>Erase my data (with a trainer)</source>
        <translation>Îmi șterg datele (cu un formator)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Datele mele</translation>
    </message>
    <message>
        <source>This is everything SkillsApp keeps about you.</source>
        <translation>Acestea sunt toate datele pe care SkillsApp le păstrează despre dumneavoastră.</translation>
    </message>
    <message>
        <source>A trainer helps you save a copy of your data.</source>
        <translation>Un formator vă ajută să salvați o copie a datelor dumneavoastră.</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Alegeți unde să salvați</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Salvat: %1</translation>
    </message>
    <message>
        <source>A trainer helps you erase your data.</source>
        <translation>Un formator vă ajută să vă ștergeți datele.</translation>
    </message>
</context>
<context>
    <name>OrderInput</name>
    <message>
        <source>Steps to put in order</source>
        <translation>Pași de pus în ordine</translation>
    </message>
    <message>
        <source>Choose a step with the arrow keys. Ctrl and an arrow key move it.</source>
        <translation>Alegeți un pas cu tastele săgeți. Ctrl și o săgeată îl mută.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mutați în sus</translation>
    </message>
    <message>
        <source>Move the chosen step up</source>
        <translation>Mutați pasul ales în sus</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mutați în jos</translation>
    </message>
    <message>
        <source>Move the chosen step down</source>
        <translation>Mutați pasul ales în jos</translation>
    </message>
    <message>
        <source>Choose a step, then press “Move up” or “Move down”. With the keyboard: the arrow keys choose a step, Ctrl and an arrow key move it.</source>
        <translation>Alegeți un pas, apoi apăsați „Mutați în sus” sau „Mutați în jos”. Cu tastatura: săgețile aleg un pas, Ctrl și o săgeată îl mută.</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>Print</source>
        <translation>Tipărire</translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <source>Save as PDF</source>
        <translation>Salvați ca PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Salvat ca %1</translation>
    </message>
    <message>
        <source>Sent to the printer: %1</source>
        <translation>Trimis la imprimantă: %1</translation>
    </message>
</context>
<context>
    <name>PcSettings</name>
    <message>
        <source>Text size on the start screen</source>
        <translation>Mărimea textului pe ecranul de început</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Strong contrast on the start screen</source>
        <translation>Contrast puternic pe ecranul de început</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sign out after no activity for</source>
        <translation>Ieșire automată după o inactivitate de</translation>
    </message>
    <message>
        <source>Lessons may open web pages (after asking)</source>
        <translation>Lecțiile pot deschide pagini web (după confirmare)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvați</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce s-a făcut</translation>
    </message>
    <message>
        <source>These settings are for this PC only.</source>
        <translation>Aceste setări sunt doar pentru acest calculator.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Setările nu au putut fi salvate: %1</translation>
    </message>
    <message>
        <source>Saved. The start screen of this PC uses these settings from now on.</source>
        <translation>Salvat. Ecranul de început al acestui calculator folosește de acum aceste setări.</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Your PIN</source>
        <translation>PIN-ul dumneavoastră</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Ștergeți</translation>
    </message>
    <message>
        <source>Erase the last number</source>
        <translation>Ștergeți ultima cifră</translation>
    </message>
    <message>
        <source>Type your PIN</source>
        <translation>Introduceți PIN-ul</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait until %1 or ask your trainer to unlock.</source>
        <translation>Prea multe PIN-uri greșite. Vă rugăm să așteptați până la %1 sau să-i cereți formatorului să vă deblocheze.</translation>
    </message>
    <message>
        <source>That PIN is not right. You can try once more.</source>
        <translation>Acest PIN nu este corect. Mai puteți încerca o dată.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. You can try %n more times.</source>
        <translation>
            <numerusform>Acest PIN nu este corect. Mai aveți %n încercare.</numerusform>
            <numerusform>Acest PIN nu este corect. Mai aveți %n încercări.</numerusform>
            <numerusform>Acest PIN nu este corect. Mai aveți %n de încercări.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizResult</name>
    <message>
        <source>Well done! You finished the whole course.</source>
        <translation>Felicitări! Ați terminat tot cursul.</translation>
    </message>
    <message>
        <source>Well done! You passed this lesson.</source>
        <translation>Felicitări! Ați trecut această lecție.</translation>
    </message>
    <message>
        <source>Not yet. Read the parts below again, then try the quiz once more.</source>
        <translation>Încă nu. Citiți din nou părțile de mai jos, apoi mai încercați o dată testul.</translation>
    </message>
    <message>
        <source>Your certificate is ready. You find it under “My certificates” on your home page.</source>
        <translation>Certificatul dumneavoastră este gata. Îl găsiți la „Certificatele mele”, pe pagina de început.</translation>
    </message>
    <message>
        <source>Your result: %1 of %2 right at the first try.</source>
        <translation>Rezultatul dumneavoastră: %1 din %2 corecte din prima încercare.</translation>
    </message>
    <message>
        <source>You need %1 of %2 right at the first try to pass.</source>
        <translation>Ca să treceți, aveți nevoie de %1 din %2 corecte din prima încercare.</translation>
    </message>
    <message>
        <source>You need %1 right in a row at the first try to pass.</source>
        <translation>Ca să treceți, aveți nevoie de %1 răspunsuri corecte la rând, din prima încercare.</translation>
    </message>
    <message>
        <source>Not right at the first try:</source>
        <translation>Greșite la prima încercare:</translation>
    </message>
    <message>
        <source>Read “%1” again</source>
        <translation>Recitiți „%1”</translation>
    </message>
    <message>
        <source>Read the lesson again</source>
        <translation>Recitiți lecția</translation>
    </message>
    <message>
        <source>Try the quiz again</source>
        <translation>Reluați testul</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Înapoi la curs</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Check my answer</source>
        <translation>Verific răspunsul</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Încercați din nou</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Întrebarea următoare</translation>
    </message>
    <message>
        <source>Back to the lesson</source>
        <translation>Înapoi la lecție</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Întrebarea %1 din %2</translation>
    </message>
    <message>
        <source>See my result</source>
        <translation>Văd rezultatul</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>Corect</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Nu chiar</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1”: %2</translation>
    </message>
    <message>
        <source>Steps in the right place: %1 of %2</source>
        <translation>Pași la locul potrivit: %1 din %2</translation>
    </message>
    <message>
        <source>Pairs that are right: %1 of %2</source>
        <translation>Perechi corecte: %1 din %2</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Recovery sheet</source>
        <translation>Fișa de recuperare</translation>
    </message>
    <message>
        <source>Centre key</source>
        <translation>Cheia centrului</translation>
    </message>
    <message>
        <source>No centre key is set on this PC.</source>
        <translation>Pe acest calculator nu este setată nicio cheie a centrului.</translation>
    </message>
    <message>
        <source>Centre number: %1</source>
        <translation>Numărul centrului: %1</translation>
    </message>
    <message>
        <source>What the centre key is for</source>
        <translation>La ce folosește cheia centrului</translation>
    </message>
    <message>
        <source>You need it to set up another PC of this centre (choose “Join an existing centre”).</source>
        <translation>Aveți nevoie de ea pentru a configura un alt calculator al centrului (alegeți „Alăturați-vă unui centru existent”).</translation>
    </message>
    <message>
        <source>You need it to read a USB stick with results from this centre.</source>
        <translation>Aveți nevoie de ea pentru a citi un stick USB cu rezultate de la acest centru.</translation>
    </message>
    <message>
        <source>It protects the residents’ names, PINs and consent. Anyone who has the key and the centre’s LRS password can read them. The LRS never sees the key.</source>
        <translation>Protejează numele, codurile PIN și consimțămintele cursanților. Oricine are cheia și parola LRS a centrului le poate citi. LRS-ul nu vede niciodată cheia.</translation>
    </message>
    <message>
        <source>If the key is lost, the results stay safe, but new PCs cannot read the residents’ details.</source>
        <translation>Dacă cheia se pierde, rezultatele rămân în siguranță, dar calculatoarele noi nu pot citi datele cursanților.</translation>
    </message>
    <message>
        <source>Where to keep this sheet</source>
        <translation>Unde păstrați această fișă</translation>
    </message>
    <message>
        <source>Lock it away, for example in the centre’s safe or a locked drawer.</source>
        <translation>Păstrați-o încuiată, de exemplu în seiful centrului sau într-un sertar cu cheie.</translation>
    </message>
    <message>
        <source>Do not keep it next to the PC. Do not send it by e-mail and do not take a photo of it.</source>
        <translation>Nu o țineți lângă calculator. Nu o trimiteți pe e-mail și nu o fotografiați.</translation>
    </message>
    <message>
        <source>Tell one other person you trust where it is.</source>
        <translation>Spuneți unei alte persoane de încredere unde se află.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Tipărit la data de %1</translation>
    </message>
</context>
<context>
    <name>ReportPaper</name>
    <message>
        <source>%1, made on %2</source>
        <translation>%1, întocmit la data de %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 din %2</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Report table</source>
        <translation>Tabelul raportului</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Salvați ca CSV…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salvați ca PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tipăriți…</translation>
    </message>
    <message>
        <source>What was saved</source>
        <translation>Ce s-a salvat</translation>
    </message>
    <message>
        <source>Table as on screen (*.csv)</source>
        <translation>Tabelul ca pe ecran (*.csv)</translation>
    </message>
    <message>
        <source>Data with codes, for other programs (*.csv)</source>
        <translation>Date cu coduri, pentru alte programe (*.csv)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Salvați ca CSV</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Salvat ca %1</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupă</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Cursant</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Limba raportului</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Până la</translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Afișați raportul</translation>
    </message>
    <message>
        <source>Certificate code</source>
        <translation>Codul certificatului</translation>
    </message>
    <message>
        <source>Check a certificate</source>
        <translation>Verificați un certificat</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>No certificate of this centre has that code. Check the letters again.</source>
        <translation>Niciun certificat al acestui centru nu are acest cod. Verificați din nou literele.</translation>
    </message>
    <message>
        <source>Genuine: %1 finished “%2” on %3.</source>
        <translation>Autentic: %1 a terminat „%2” pe %3.</translation>
    </message>
</context>
<context>
    <name>ResidentHome</name>
    <message>
        <source>A−  Smaller text</source>
        <translation>A−  Text mai mic</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Text mai mic</translation>
    </message>
    <message>
        <source>A+  Bigger text</source>
        <translation>A+  Text mai mare</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Text mai mare</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Strong contrast (white on black)</source>
        <translation>Contrast puternic (alb pe negru)</translation>
    </message>
    <message>
        <source>Check my digital skills</source>
        <translation>Îmi verific competențele digitale</translation>
    </message>
    <message>
        <source>My skills</source>
        <translation>Competențele mele</translation>
    </message>
    <message>
        <source>My certificates</source>
        <translation>Certificatele mele</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Datele mele</translation>
    </message>
    <message>
        <source>From your trainer</source>
        <translation>De la formatorul dumneavoastră</translation>
    </message>
    <message>
        <source>Recommended for you</source>
        <translation>Recomandate pentru dumneavoastră</translation>
    </message>
    <message>
        <source>My courses</source>
        <translation>Cursurile mele</translation>
    </message>
    <message>
        <source>More courses</source>
        <translation>Alte cursuri</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>Bună ziua, %1!</translation>
    </message>
    <message>
        <source>Choose a course to start. Your progress is saved as you go. When you are done, press Finish at the top.</source>
        <translation>Alegeți un curs ca să începeți. Progresul se salvează pe parcurs. Când ați terminat, apăsați butonul „Am terminat” din partea de sus.</translation>
    </message>
    <message>
        <source>Continue where I left off: %1 – %2</source>
        <translation>Continui de unde am rămas: %1 – %2</translation>
    </message>
    <message>
        <source>Please finish by %1</source>
        <translation>Vă rugăm să terminați până la %1</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursuri</translation>
    </message>
    <message>
        <source>My certificates (%1)</source>
        <translation>Certificatele mele (%1)</translation>
    </message>
    <message>
        <source>Not sure where to start? “Check my digital skills” suggests courses.</source>
        <translation>Nu știți de unde să începeți? „Îmi verific competențele digitale” vă propune cursuri potrivite.</translation>
    </message>
    <message>
        <source>My skills (levels 1–8): %1</source>
        <translation>Competențele mele (niveluri 1–8): %1</translation>
    </message>
    <message>
        <source>Text size %1</source>
        <translation>Mărimea textului %1</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentScreen</name>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Mai departe</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Back to the previous statement</source>
        <translation>Înapoi la afirmația anterioară</translation>
    </message>
    <message>
        <source>Pause and finish later</source>
        <translation>Pauză – continui mai târziu</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Întrebarea %1 din %2</translation>
    </message>
    <message>
        <source>%1: what do you know?</source>
        <translation>%1: ce știți?</translation>
    </message>
    <message>
        <source>Statement %1 of %2</source>
        <translation>Afirmația %1 din %2</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Adevărat</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Fals</translation>
    </message>
    <message>
        <source>%1 (your answer)</source>
        <translation>%1 (răspunsul dvs.)</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Corect.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Nu chiar.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Name of the centre</source>
        <translation>Numele centrului</translation>
    </message>
    <message>
        <source>for example: Village hall of Lindenau</source>
        <translation>de exemplu: Căminul Cultural din Valea Mare</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Limba implicită</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <source>Welcome to SkillsApp</source>
        <translation>Bun venit în SkillsApp</translation>
    </message>
    <message>
        <source>Set up a new centre</source>
        <translation>Configurați un centru nou</translation>
    </message>
    <message>
        <source>Join an existing centre</source>
        <translation>Alăturați-vă unui centru existent</translation>
    </message>
    <message>
        <source>For another PC of a centre that already uses SkillsApp</source>
        <translation>Pentru un alt calculator al unui centru care folosește deja SkillsApp</translation>
    </message>
    <message>
        <source>Is this the first PC of your centre, or does your centre already use SkillsApp on another PC?</source>
        <translation>Este acesta primul calculator al centrului dumneavoastră sau centrul folosește deja SkillsApp pe un alt calculator?</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Fișa de recuperare</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gata</translation>
    </message>
    <message>
        <source>Your centre key</source>
        <translation>Cheia centrului dumneavoastră</translation>
    </message>
    <message>
        <source>Print or save this sheet and keep it locked away. You need the centre key to set up another PC of the centre.</source>
        <translation>Tipăriți sau salvați această fișă și păstrați-o într-un loc încuiat. Aveți nevoie de cheia centrului pentru a configura un alt calculator al centrului.</translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation>Tipăriți fișa de recuperare…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salvați ca PDF…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>Salvați fișa de recuperare ca PDF</translation>
    </message>
    <message>
        <source>Let&apos;s set up this PC for your centre. Step 1 of 2: the centre. You can change these later.</source>
        <translation>Să pregătim acest calculator pentru centrul dumneavoastră. Pasul 1 din 2: centrul. Puteți modifica aceste date mai târziu.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Numele dumneavoastră</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Cel puțin 8 caractere</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repetați parola</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Create the centre</source>
        <translation>Creați centrul</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Parolă (cel puțin 8 caractere)</translation>
    </message>
    <message>
        <source>The first trainer account</source>
        <translation>Primul cont de formator</translation>
    </message>
    <message>
        <source>Step 2 of 2: you. Trainers sign in with this password to add learners and follow their progress.</source>
        <translation>Pasul 2 din 2: dumneavoastră. Formatorii se conectează cu această parolă pentru a adăuga cursanți și a le urmări progresul.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Cele două parole nu coincid.</translation>
    </message>
</context>
<context>
    <name>SignOutDuringQuiz</name>
    <message>
        <source>Finish</source>
        <translation>Am terminat</translation>
    </message>
    <message>
        <source>Your answers so far are saved. Sign out now?</source>
        <translation>Răspunsurile de până acum sunt salvate. Ieșiți acum?</translation>
    </message>
    <message>
        <source>No, go on with the quiz</source>
        <translation>Nu, continuați testul</translation>
    </message>
    <message>
        <source>Yes, sign out</source>
        <translation>Da, ieșiți</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>SkillsApp is already open on this PC with the same records (%1). Please use the window that is open; if you cannot find it, restart the PC.</source>
        <translation>SkillsApp este deja deschisă pe acest calculator cu aceleași înregistrări (%1). Folosiți fereastra deschisă; dacă nu o găsiți, reporniți calculatorul.</translation>
    </message>
</context>
<context>
    <name>SkillsCheckStart</name>
    <message>
        <source>Check my digital skills</source>
        <translation>Îmi verific competențele digitale</translation>
    </message>
    <message>
        <source>You read short sentences like “I can send a photo by e-mail” and say how well they fit you. There are no wrong answers. It is not a test.</source>
        <translation>Citiți propoziții scurte, de exemplu „Pot trimite o fotografie prin e-mail”, și spuneți cât de bine vi se potrivesc. Nu există răspunsuri greșite. Nu este un examen.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Continui de unde m-am oprit</translation>
    </message>
    <message>
        <source>A quick check of one topic (about 10 minutes):</source>
        <translation>O verificare rapidă a unei teme (aproximativ 10 minute):</translation>
    </message>
    <message>
        <source>The full check of all topics (about 30 minutes)</source>
        <translation>Verificarea completă a tuturor temelor (aproximativ 30 de minute)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
</context>
<context>
    <name>StartProblems</name>
    <message>
        <source>SkillsApp can put the damaged file aside (it is kept, not deleted) and bring back the newest automatic backup. Do that now?</source>
        <translation>SkillsApp poate pune deoparte fișierul deteriorat (este păstrat, nu șters) și poate aduce înapoi cea mai recentă copie de siguranță automată. Faceți asta acum?</translation>
    </message>
    <message>
        <source>There was no usable backup. The damaged file was kept as %1; SkillsApp starts with empty records.</source>
        <translation>Nu a existat nicio copie de siguranță utilizabilă. Fișierul deteriorat a fost păstrat ca %1; SkillsApp pornește cu înregistrări goale.</translation>
    </message>
    <message>
        <source>SkillsApp can put the damaged file aside (it is kept, not deleted) and bring back the newest automatic backup, then close; start it again afterwards. Do that now?</source>
        <translation>SkillsApp poate pune deoparte fișierul deteriorat (este păstrat, nu șters), poate aduce înapoi cea mai nouă copie de rezervă automată și apoi se închide; porniți-l din nou după aceea. Faceți asta acum?</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Trainer sign-in</source>
        <translation>Conectare formator</translation>
    </message>
    <message>
        <source>No learners yet. A trainer can add them after signing in.</source>
        <translation>Nu există încă niciun cursant. Un formator îi poate adăuga după ce se conectează.</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Bun venit la %1</translation>
    </message>
    <message>
        <source>Choose your name to start.</source>
        <translation>Alegeți-vă numele ca să începeți.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync state</source>
        <translation>Starea sincronizării</translation>
    </message>
    <message>
        <source>✓ Results sent</source>
        <translation>✓ Rezultate trimise</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to send %n result(s)</source>
        <translation>
            <numerusform>De trimis: %n rezultat</numerusform>
            <numerusform>De trimis: %n rezultate</numerusform>
            <numerusform>De trimis: %n de rezultate</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: results are kept here</source>
        <translation>Fără conexiune: rezultatele se păstrează aici</translation>
    </message>
    <message>
        <source>Sync problem: see Sync in the trainer&apos;s tools</source>
        <translation>Problemă de sincronizare: vedeți Sincronizare în instrumentele formatorului</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>LRS address</source>
        <translation>Adresa LRS</translation>
    </message>
    <message>
        <source>LRS key</source>
        <translation>Cheia LRS</translation>
    </message>
    <message>
        <source>LRS secret</source>
        <translation>Secretul LRS</translation>
    </message>
    <message>
        <source>Also on metered connections (mobile data)</source>
        <translation>Și pe conexiuni contorizate (date mobile)</translation>
    </message>
    <message>
        <source>Answer of the LRS</source>
        <translation>Răspunsul LRS</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Starea sincronizării</translation>
    </message>
    <message>
        <source>No LRS is set up</source>
        <translation>Nu este configurat niciun LRS</translation>
    </message>
    <message>
        <source>Results the LRS refused</source>
        <translation>Rezultate refuzate de LRS</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testați conexiunea</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvați</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizați acum</translation>
    </message>
    <message>
        <source>Export a bundle (USB)…</source>
        <translation>Exportați un pachet (USB)…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Importați un pachet…</translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation>Tipăriți fișa de recuperare…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF…</source>
        <translation>Salvați fișa de recuperare ca PDF…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizare</translation>
    </message>
    <message>
        <source>Results are kept on this PC first and sent to the centre&apos;s record store (LRS) when there is a connection. Without one, use a bundle on a USB stick.</source>
        <translation>Rezultatele se păstrează mai întâi pe acest calculator și sunt trimise la depozitul de date al centrului (LRS) când există conexiune. Fără conexiune, folosiți un pachet pe un stick USB.</translation>
    </message>
    <message>
        <source>Results the LRS refused:</source>
        <translation>Rezultate refuzate de LRS:</translation>
    </message>
    <message>
        <source>Asking the LRS…</source>
        <translation>Se contactează LRS…</translation>
    </message>
    <message>
        <source>Sending and receiving…</source>
        <translation>Se trimite și se primește…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Se scrie pachetul…</translation>
    </message>
    <message>
        <source>Wrote %1 results to %2.</source>
        <translation>Rezultate scrise: %1, în %2.</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>Se citește pachetul…</translation>
    </message>
    <message>
        <source>Send and receive results by themselves when there is a connection</source>
        <translation>Trimiteți și primiți rezultatele automat când există conexiune</translation>
    </message>
    <message>
        <source>Saved. Results stay on this PC until the LRS address, key and secret are all filled in.</source>
        <translation>Salvat. Rezultatele rămân pe acest calculator până când completați adresa, cheia și secretul LRS.</translation>
    </message>
    <message>
        <source>Saved. Results are sent to the LRS whenever there is a connection.</source>
        <translation>Salvat. Rezultatele sunt trimise la LRS ori de câte ori există conexiune.</translation>
    </message>
    <message>
        <source>Saved. Results are sent only when you press Sync now.</source>
        <translation>Salvat. Rezultatele sunt trimise doar când apăsați Sincronizați acum.</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Exportați un pachet</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importați un pachet</translation>
    </message>
    <message numerus="yes">
        <source>No LRS is set up on this PC, so results are not sent anywhere yet. They are kept safely on this PC: nothing is lost (%n result(s) so far). To send them to the centre&apos;s record store, type the LRS address, key and secret that your coordinator gives you, press Test connection, then Save. Without a connection, carry the results to another PC with Export a bundle (USB).</source>
        <translation>
            <numerusform>Pe acest calculator nu este configurat niciun LRS, așa că rezultatele nu sunt trimise încă nicăieri. Sunt păstrate în siguranță pe acest calculator: nu se pierde nimic (până acum %n rezultat). Pentru a le trimite la depozitul de date al centrului, introduceți adresa, cheia și secretul LRS primite de la coordonator, apăsați Testați conexiunea, apoi Salvați. Fără conexiune, duceți rezultatele pe alt calculator cu Exportați un pachet (USB).</numerusform>
            <numerusform>Pe acest calculator nu este configurat niciun LRS, așa că rezultatele nu sunt trimise încă nicăieri. Sunt păstrate în siguranță pe acest calculator: nu se pierde nimic (până acum %n rezultate). Pentru a le trimite la depozitul de date al centrului, introduceți adresa, cheia și secretul LRS primite de la coordonator, apăsați Testați conexiunea, apoi Salvați. Fără conexiune, duceți rezultatele pe alt calculator cu Exportați un pachet (USB).</numerusform>
            <numerusform>Pe acest calculator nu este configurat niciun LRS, așa că rezultatele nu sunt trimise încă nicăieri. Sunt păstrate în siguranță pe acest calculator: nu se pierde nimic (până acum %n de rezultate). Pentru a le trimite la depozitul de date al centrului, introduceți adresa, cheia și secretul LRS primite de la coordonator, apăsați Testați conexiunea, apoi Salvați. Fără conexiune, duceți rezultatele pe alt calculator cu Exportați un pachet (USB).</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>niciodată</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>Ultima trimitere: %1</translation>
    </message>
    <message>
        <source>Last received: %1</source>
        <translation>Ultima primire: %1</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>De trimis: %1</translation>
    </message>
    <message>
        <source>Results are sent only when you press Sync now.</source>
        <translation>Rezultatele sunt trimise doar când apăsați Sincronizați acum.</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Ultima problemă: %1</translation>
    </message>
    <message>
        <source>Imported %1 new results of %2.</source>
        <translation>Rezultate noi importate: %1 din %2.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Ceva nu a mers: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2.</source>
        <translation>Trimise: %1, primite: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) refused by the LRS (listed below).</source>
        <translation>
            <numerusform>%n rezultat refuzat de LRS (lista este mai jos).</numerusform>
            <numerusform>%n rezultate refuzate de LRS (lista este mai jos).</numerusform>
            <numerusform>%n de rezultate refuzate de LRS (lista este mai jos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>Your answer</source>
        <translation>Răspunsul dumneavoastră</translation>
    </message>
</context>
<context>
    <name>TextSizeButtons</name>
    <message>
        <source>Smaller text</source>
        <translation>Text mai mic</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl and minus)</source>
        <translation>Text mai mic (Ctrl și minus)</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Text mai mare</translation>
    </message>
    <message>
        <source>Bigger text (Ctrl and plus)</source>
        <translation>Text mai mare (Ctrl și plus)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Text size %1</source>
        <translation>Mărimea textului %1</translation>
    </message>
</context>
<context>
    <name>TrainerAssessmentScreen</name>
    <message>
        <source>Competence</source>
        <translation>Competență</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Încă nu</translation>
    </message>
    <message>
        <source>Observed level, 0 (not yet) to 8</source>
        <translation>Nivel observat, de la 0 (încă nu) la 8</translation>
    </message>
    <message>
        <source>Task you watched</source>
        <translation>Sarcina observată</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Day you watched the task</source>
        <translation>Ziua în care ați observat sarcina</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Salvați evaluarea</translation>
    </message>
    <message>
        <source>Self-assessed and trainer levels</source>
        <translation>Niveluri din autoevaluare și de la formator</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Autoevaluare</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formator</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>De verificat</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Save profile as PDF</source>
        <translation>Salvați profilul ca PDF</translation>
    </message>
    <message>
        <source>Save Europass text</source>
        <translation>Salvați textul Europass</translation>
    </message>
    <message>
        <source>Save Open Badges</source>
        <translation>Salvați Open Badges</translation>
    </message>
    <message>
        <source>Observed level</source>
        <translation>Nivel observat</translation>
    </message>
    <message>
        <source>Task watched</source>
        <translation>Sarcină observată</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Pași realizați</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ziua</translation>
    </message>
    <message>
        <source>Assess %1</source>
        <translation>Evaluare: %1</translation>
    </message>
    <message>
        <source>Flagged rows differ by 2 levels or more.</source>
        <translation>Rândurile marcate diferă cu 2 niveluri sau mai mult.</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>Fără listă de verificare</translation>
    </message>
    <message>
        <source>Differs by 2 or more</source>
        <translation>Diferență de 2 sau mai mult</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>încă nu</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce s-a făcut</translation>
    </message>
    <message>
        <source>Saved: level %1 for %2.</source>
        <translation>Salvat: nivelul %1 pentru %2.</translation>
    </message>
    <message>
        <source>Saved: “not yet” for %1.</source>
        <translation>Salvat: „încă nu” pentru %1.</translation>
    </message>
</context>
<context>
    <name>TrainerConfirm</name>
    <message>
        <source>A trainer confirms</source>
        <translation>Confirmarea unui formator</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formator</translation>
    </message>
    <message>
        <source>Trainer&apos;s password</source>
        <translation>Parola formatorului</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <source>That password is not right. Please try again.</source>
        <translation>Parola nu este corectă. Vă rugăm să încercați din nou.</translation>
    </message>
</context>
<context>
    <name>TrainerCourses</name>
    <message>
        <source>Courses on this PC</source>
        <translation>Cursuri pe acest calculator</translation>
    </message>
    <message>
        <source>Import a course from a file…</source>
        <translation>Importați un curs dintr-un fișier…</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce s-a făcut</translation>
    </message>
    <message>
        <source>Courses come with SkillsApp. You can add new ones from a .zip file, for example from a USB stick. A file is checked before anything is installed.</source>
        <translation>Cursurile vin odată cu SkillsApp. Puteți adăuga cursuri noi dintr-un fișier .zip, de exemplu de pe un stick USB. Fișierul este verificat înainte să se instaleze ceva.</translation>
    </message>
    <message>
        <source>%1  ·  version %2  ·  %3</source>
        <translation>%1  ·  versiunea %2  ·  %3</translation>
    </message>
    <message>
        <source>Choose a course file</source>
        <translation>Alegeți un fișier de curs</translation>
    </message>
    <message>
        <source>Course packs (*.zip)</source>
        <translation>Pachete de cursuri (*.zip)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Se verifică fișierul…</translation>
    </message>
    <message>
        <source>Checking the course file…</source>
        <translation>Se verifică fișierul cursului…</translation>
    </message>
    <message>
        <source>Install this course?</source>
        <translation>Instalați acest curs?</translation>
    </message>
    <message>
        <source>%1
Version %2
Languages: %3

%4

Install it on this PC?</source>
        <translation>%1
Versiunea %2
Limbi: %3

%4

Îl instalați pe acest calculator?</translation>
    </message>
    <message>
        <source>Nothing was installed.</source>
        <translation>Nu s-a instalat nimic.</translation>
    </message>
    <message>
        <source>Installing the course…</source>
        <translation>Se instalează cursul…</translation>
    </message>
    <message>
        <source>“%1” version %2 is installed. Residents find it among the courses now.</source>
        <translation>„%1” versiunea %2 este instalat. Cursanții îl găsesc acum printre cursuri.</translation>
    </message>
    <message>
        <source>This course pack cannot be used, so nothing was installed. Please send it back to its author with this list:</source>
        <translation>Acest pachet de curs nu poate fi folosit, așa că nu s-a instalat nimic. Vă rugăm să îl trimiteți înapoi autorului, împreună cu această listă:</translation>
    </message>
    <message>
        <source>The file could not be read (%1). Nothing was installed.</source>
        <translation>Fișierul nu a putut fi citit (%1). Nu s-a instalat nimic.</translation>
    </message>
</context>
<context>
    <name>TrainerForm</name>
    <message>
        <source>New trainer</source>
        <translation>Formator nou</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repetați parola</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Parolă (cel puțin 8 caractere)</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Cele două parole nu coincid.</translation>
    </message>
</context>
<context>
    <name>TrainerHome</name>
    <message>
        <source>Dashboard</source>
        <translation>Tablou de bord</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Cursanți</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupe</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursuri</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Formatori</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizare</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Acest calculator</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Lucru în desfășurare</translation>
    </message>
    <message>
        <source>%1 The other tabs wait until this is done.</source>
        <translation>%1 Celelalte file așteaptă până se termină.</translation>
    </message>
</context>
<context>
    <name>TrainerSignIn</name>
    <message>
        <source>Trainer</source>
        <translation>Formator</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Conectare</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Trainer sign-in</source>
        <translation>Conectare formator</translation>
    </message>
    <message>
        <source>That password is not right. Please try again.</source>
        <translation>Parola nu este corectă. Vă rugăm să încercați din nou.</translation>
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
        <translation>Formatori</translation>
    </message>
    <message>
        <source>New trainer</source>
        <translation>Formator nou</translation>
    </message>
    <message>
        <source>Close account</source>
        <translation>Închideți contul</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce s-a făcut</translation>
    </message>
    <message>
        <source>Added the trainer account of %1. They sign in with their password.</source>
        <translation>Contul de formator al lui %1 a fost adăugat. Se conectează cu parola sa.</translation>
    </message>
    <message>
        <source>Closed the account of %1.</source>
        <translation>Contul lui %1 a fost închis.</translation>
    </message>
</context>
<context>
    <name>UpdatingScreen</name>
    <message>
        <source>SkillsApp was updated and is bringing this PC&apos;s records up to date. This happens once; nothing is lost.</source>
        <translation>SkillsApp a fost actualizat și aduce la zi înregistrările acestui calculator. Se întâmplă o singură dată; nu se pierde nimic.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Updating the records</source>
        <translation>Se actualizează înregistrările</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 din %2 înregistrări</translation>
    </message>
</context>
<context>
    <name>WaitingScreen</name>
    <message>
        <source>The courses are being prepared. Your screen opens by itself in a moment.</source>
        <translation>Cursurile se pregătesc. Ecranul dumneavoastră se deschide singur într-o clipă.</translation>
    </message>
    <message>
        <source>Preparing the courses</source>
        <translation>Se pregătesc cursurile</translation>
    </message>
    <message>
        <source>One moment, please</source>
        <translation>Un moment, vă rog</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Column headings</source>
        <translation>Titlurile coloanelor</translation>
    </message>
    <message>
        <source>Row headings</source>
        <translation>Titlurile rândurilor</translation>
    </message>
</context>
<context>
    <name>WorkProgress</name>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Step 1 of 2: reading the bundle (%1 of %2 results)</source>
        <translation>Pasul 1 din 2: se citește pachetul (%1 din %2 rezultate)</translation>
    </message>
    <message>
        <source>Step 2 of 2: saving the results and updating everyone&apos;s progress</source>
        <translation>Pasul 2 din 2: se salvează rezultatele și se actualizează progresul tuturor</translation>
    </message>
    <message>
        <source>Writing the bundle: %1 of %2 results</source>
        <translation>Se scrie pachetul: %1 din %2 rezultate</translation>
    </message>
    <message>
        <source>Sending results to the LRS: %1 of %2</source>
        <translation>Se trimit rezultatele către LRS: %1 din %2</translation>
    </message>
    <message>
        <source>Receiving results from the LRS: %1 so far</source>
        <translation>Se primesc rezultatele de la LRS: %1 până acum</translation>
    </message>
</context>
</TS>
