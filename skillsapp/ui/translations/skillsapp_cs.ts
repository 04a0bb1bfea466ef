<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>AssessmentResultScreen</name>
    <message>
        <source>Courses that help you with the next step:</source>
        <translation>Kurzy, které vám pomohou s dalším krokem:</translation>
    </message>
    <message>
        <source>Start the course %1</source>
        <translation>Začít kurz %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hotovo</translation>
    </message>
    <message>
        <source>You have not done a self-assessment yet.</source>
        <translation>Zatím nemáte žádné sebehodnocení.</translation>
    </message>
    <message>
        <source>You are confident with %1.</source>
        <translation>S jistotou zvládáte: %1.</translation>
    </message>
    <message>
        <source>You have made a start, and that is what counts.</source>
        <translation>Začátek je za vámi, a to je to hlavní.</translation>
    </message>
    <message>
        <source>%1 is the next step.</source>
        <translation>Další krok: %1.</translation>
    </message>
    <message>
        <source>You know more about %1 than you thought.</source>
        <translation>O tématu „%1“ víte víc, než jste si mysleli.</translation>
    </message>
    <message>
        <source>You can do more with %1 than you thought.</source>
        <translation>V oblasti „%1“ zvládnete víc, než jste si mysleli.</translation>
    </message>
    <message>
        <source>%1 is worth another look: a course can help you feel sure.</source>
        <translation>%1 – stojí za to se k tomu vrátit: kurz vám pomůže cítit se jistě.</translation>
    </message>
    <message>
        <source>What you said of yourself, since last time:</source>
        <translation>Co jste o sobě řekli, od minulého hodnocení:</translation>
    </message>
    <message>
        <source>%1: %2 before, %3 now</source>
        <translation>%1: dříve %2, nyní %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>zatím ne</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>úroveň %1</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign a course to %1</source>
        <translation>Přidělit kurz: %1</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurz</translation>
    </message>
    <message>
        <source>Finish by a day</source>
        <translation>Dokončit do určitého dne</translation>
    </message>
    <message>
        <source>Day to finish by</source>
        <translation>Dokončit do</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Přidělit</translation>
    </message>
</context>
<context>
    <name>CertificateList</name>
    <message>
        <source>What was saved</source>
        <translation>Co bylo uloženo</translation>
    </message>
    <message>
        <source>%1, finished on %2</source>
        <translation>%1, dokončeno %2</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tisk…</translation>
    </message>
    <message>
        <source>Print the certificate: %1</source>
        <translation>Vytisknout certifikát: %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Uložit jako PDF…</translation>
    </message>
    <message>
        <source>Save the certificate as PDF: %1</source>
        <translation>Uložit certifikát jako PDF: %1</translation>
    </message>
</context>
<context>
    <name>CertificatePaper</name>
    <message>
        <source>Certificate – %1 – %2</source>
        <translation>Certifikát – %1 – %2</translation>
    </message>
    <message>
        <source>%1 %2: level %3 (%4)</source>
        <translation>%1 %2: úroveň %3 (%4)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certifikát</translation>
    </message>
    <message>
        <source>This certificate is awarded to</source>
        <translation>Tento certifikát získává</translation>
    </message>
    <message>
        <source>for completing the course</source>
        <translation>za absolvování kurzu</translation>
    </message>
    <message>
        <source>Completed on %1</source>
        <translation>Dokončeno %1</translation>
    </message>
    <message>
        <source>Digital competences trained (%1)</source>
        <translation>Procvičené digitální kompetence (%1)</translation>
    </message>
    <message>
        <source>The centre can check this code in SkillsApp: Reports, “Check a certificate”.</source>
        <translation>Centrum může tento kód ověřit v SkillsApp: Zprávy, „Ověřit certifikát“.</translation>
    </message>
    <message>
        <source>Check code: %1</source>
        <translation>Ověřovací kód: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Lektor</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <source>My certificates</source>
        <translation>Moje certifikáty</translation>
    </message>
    <message>
        <source>When you finish a course, its certificate appears here.</source>
        <translation>Když dokončíte kurz, objeví se tady jeho certifikát.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
</context>
<context>
    <name>ChoiceInput</name>
    <message>
        <source>True</source>
        <translation>Pravda</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Nepravda</translation>
    </message>
    <message>
        <source>Choose every right answer.</source>
        <translation>Vyberte všechny správné odpovědi.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 problem(s) and %2 warning(s) found.</source>
        <translation>Nalezené problémy: %1, upozornění: %2.</translation>
    </message>
    <message>
        <source>%1 results were refused by the LRS; a trainer can see why in the app.</source>
        <translation>LRS odmítl výsledky (%1); lektor v aplikaci uvidí proč.</translation>
    </message>
    <message>
        <source>Centre key (from the centre&apos;s recovery sheet): </source>
        <translation>Klíč centra (z nouzového listu centra): </translation>
    </message>
    <message>
        <source>Digital-skills training for community centres.</source>
        <translation>Výuka digitálních dovedností pro komunitní centra.</translation>
    </message>
    <message>
        <source>Everything checked is fine.</source>
        <translation>Vše kontrolované je v pořádku.</translation>
    </message>
    <message>
        <source>Imported the bundle of %1: %2 new of %3 results.</source>
        <translation>Balíček centra %1 je načten: %2 nových z %3 výsledků.</translation>
    </message>
    <message>
        <source>Installed “%1” version %2.</source>
        <translation>Nainstalováno: „%1“, verze %2.</translation>
    </message>
    <message>
        <source>No LRS is set for this centre: set it in the trainer settings, or set SKILLSAPP_LRS_URL, SKILLSAPP_LRS_KEY and SKILLSAPP_LRS_SECRET.</source>
        <translation>Pro toto centrum není nastaven žádný LRS: nastavte ho v nastavení lektora, nebo nastavte SKILLSAPP_LRS_URL, SKILLSAPP_LRS_KEY a SKILLSAPP_LRS_SECRET.</translation>
    </message>
    <message>
        <source>No centre key is set on this PC: learner profiles are not sent.</source>
        <translation>Na tomto počítači není nastaven klíč centra: profily studujících se neodesílají.</translation>
    </message>
    <message>
        <source>No problems; %1 warning(s) worth a look.</source>
        <translation>Žádné problémy; upozornění, na která stojí za to se podívat: %1.</translation>
    </message>
    <message>
        <source>No usable backup was found; SkillsApp will start with empty records.</source>
        <translation>Nenašla se žádná použitelná záloha; SkillsApp začne s prázdnými záznamy.</translation>
    </message>
    <message>
        <source>On a PC that has no centre yet, the centre key is asked for (or read from SKILLSAPP_CENTRE_KEY).</source>
        <translation>Na počítači, který ještě nepatří žádnému centru, se vyžádá klíč centra (nebo se přečte ze SKILLSAPP_CENTRE_KEY).</translation>
    </message>
    <message>
        <source>Reading the bundle: %1 of %2 results</source>
        <translation>Čtení balíčku: %1 z %2 výsledků</translation>
    </message>
    <message>
        <source>Receiving from the LRS: %1 results so far</source>
        <translation>Příjem z LRS: zatím %1 výsledků</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translation>Záloha %1 je obnovena.</translation>
    </message>
    <message>
        <source>Saved the certificate as PDF: %1</source>
        <translation>Certifikát uložen jako PDF: %1</translation>
    </message>
    <message>
        <source>Saved the report as PDF: %1</source>
        <translation>Přehled uložen jako PDF: %1</translation>
    </message>
    <message>
        <source>Saved the table as CSV: %1</source>
        <translation>Tabulka uložena jako CSV: %1</translation>
    </message>
    <message>
        <source>Saved the table for other programs as CSV: %1</source>
        <translation>Tabulka pro jiné programy uložena jako CSV: %1</translation>
    </message>
    <message>
        <source>Saving the results and updating progress: step %1 of %2</source>
        <translation>Ukládání výsledků a aktualizace pokroku: krok %1 z %2</translation>
    </message>
    <message>
        <source>Sending to the LRS: %1 of %2 results</source>
        <translation>Odesílání do LRS: %1 z %2 výsledků</translation>
    </message>
    <message>
        <source>Sent %1, received %2.</source>
        <translation>Odesláno %1, přijato %2.</translation>
    </message>
    <message>
        <source>Sync is switched off in the trainer settings.</source>
        <translation>Synchronizace je v nastavení lektora vypnutá.</translation>
    </message>
    <message>
        <source>The bundle could not be written to %1: %2.</source>
        <translation>Balíček se nepodařilo zapsat do %1: %2.</translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>Předchozí databáze byla uschována jako %1.</translation>
    </message>
    <message>
        <source>There are no records in %1 yet.</source>
        <translation>V %1 zatím nejsou žádné záznamy.</translation>
    </message>
    <message>
        <source>There is no database in %1; nothing to restore.</source>
        <translation>V %1 není žádná databáze; není co obnovit.</translation>
    </message>
    <message>
        <source>This PC has no centre yet. To join one, type the centre key from the recovery sheet when asked, or set SKILLSAPP_CENTRE_KEY.</source>
        <translation>Tento počítač ještě nepatří žádnému centru. Chcete-li se připojit, zadejte po vyzvání klíč centra z nouzového listu, nebo nastavte SKILLSAPP_CENTRE_KEY.</translation>
    </message>
    <message>
        <source>This PC has no centre yet; there is nothing to export.</source>
        <translation>Tento počítač ještě nepatří žádnému centru; není co exportovat.</translation>
    </message>
    <message>
        <source>This PC has not been set up for a centre yet.</source>
        <translation>Tento počítač ještě není nastaven pro žádné centrum.</translation>
    </message>
    <message>
        <source>This PC now belongs to %1.</source>
        <translation>Tento počítač teď patří centru %1.</translation>
    </message>
    <message>
        <source>Updating the records after an update: %1 of %2</source>
        <translation>Aktualizace záznamů po aktualizaci programu: %1 z %2</translation>
    </message>
    <message>
        <source>Writing the bundle: %1 of %2 results</source>
        <translation>Zápis balíčku: %1 z %2 výsledků</translation>
    </message>
    <message>
        <source>Wrote %1 results of %2 to %3.</source>
        <translation>%1 výsledků centra %2 zapsáno do %3.</translation>
    </message>
    <message>
        <source>check course packs (folders or .zip), item banks and checklists</source>
        <translation>zkontrolovat balíčky kurzů (složky nebo .zip), banky výroků a kontrolní seznamy</translation>
    </message>
    <message>
        <source>check or import course packs</source>
        <translation>zkontrolovat nebo nainstalovat balíčky kurzů</translation>
    </message>
    <message>
        <source>check, offscreen and in a temporary folder, that the app works</source>
        <translation>bez obrazovky a v dočasné složce ověřit, že aplikace funguje</translation>
    </message>
    <message>
        <source>export or import a sync bundle (USB)</source>
        <translation>exportovat nebo načíst synchronizační balíček (USB)</translation>
    </message>
    <message>
        <source>first day, e.g. 2026-01-01</source>
        <translation>první den, např. 2026-01-01</translation>
    </message>
    <message>
        <source>install a course pack from a .zip</source>
        <translation>nainstalovat balíček kurzu ze souboru .zip</translation>
    </message>
    <message>
        <source>last day, e.g. 2026-06-30</source>
        <translation>poslední den, např. 2026-06-30</translation>
    </message>
    <message>
        <source>merge a bundle FILE</source>
        <translation>načíst balíček FILE</translation>
    </message>
    <message>
        <source>only results stored since this day (YYYY-MM-DD)</source>
        <translation>jen výsledky uložené od tohoto dne (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>open the demo centre</source>
        <translation>otevřít ukázkové centrum</translation>
    </message>
    <message>
        <source>put a damaged database aside and restore the newest automatic backup</source>
        <translation>odložit poškozenou databázi a obnovit nejnovější automatickou zálohu</translation>
    </message>
    <message>
        <source>save the report as PDF here</source>
        <translation>uložit sem přehled jako PDF</translation>
    </message>
    <message>
        <source>save the table as the screen shows it (in the report&apos;s language) as CSV</source>
        <translation>uložit tabulku jako CSV tak, jak ji ukazuje obrazovka (v jazyce zprávy)</translation>
    </message>
    <message>
        <source>save the table for other programs (codes) as CSV here</source>
        <translation>uložit sem tabulku pro jiné programy (kódy) jako CSV</translation>
    </message>
    <message>
        <source>the report&apos;s language (default: the centre&apos;s; for a certificate, the learner&apos;s)</source>
        <translation>jazyk zprávy (výchozí: jazyk centra; u certifikátu jazyk účastníka)</translation>
    </message>
    <message>
        <source>send and receive results with the centre&apos;s LRS once</source>
        <translation>jednou odeslat a přijmout výsledky s LRS centra</translation>
    </message>
    <message>
        <source>show a report, or save it as CSV or PDF</source>
        <translation>zobrazit přehled nebo ho uložit jako CSV či PDF</translation>
    </message>
    <message>
        <source>start, paint the first screen and exit (with --demo: create the demo first)</source>
        <translation>spustit, vykreslit první obrazovku a skončit (s --demo: nejdřív vytvořit ukázku)</translation>
    </message>
    <message>
        <source>the course&apos;s id, for a certificate</source>
        <translation>identifikátor kurzu, pro certifikát</translation>
    </message>
    <message>
        <source>the group&apos;s name</source>
        <translation>název skupiny</translation>
    </message>
    <message>
        <source>the learner&apos;s first name or id</source>
        <translation>křestní jméno nebo identifikátor studujícího</translation>
    </message>
    <message>
        <source>write the centre&apos;s results to FILE</source>
        <translation>zapsat výsledky centra do FILE</translation>
    </message>
</context>
<context>
    <name>CompetenceChart</name>
    <message>
        <source>Your competence chart</source>
        <translation>Graf vašich dovedností</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message numerus="yes">
        <source>About %n minutes</source>
        <translation>
            <numerusform>Zabere asi %n minutu</numerusform>
            <numerusform>Zabere asi %n minuty</numerusform>
            <numerusform>Zabere asi %n minut</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lessons</source>
        <translation>%1 z %2 lekcí</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>dokončeno</translation>
    </message>
    <message>
        <source>%1 of %2 lessons done</source>
        <translation>hotovo %1 z %2 lekcí</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nezačato</translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message>
        <source>Start the course</source>
        <translation>Začít kurz</translation>
    </message>
    <message>
        <source>Read the first lesson again</source>
        <translation>Přečíst si znovu první lekci</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Pokračovat</translation>
    </message>
    <message>
        <source>Back to my courses</source>
        <translation>Zpět na moje kurzy</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hotovo</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>zatím nehotovo</translation>
    </message>
    <message>
        <source>You finished this course. Well done!</source>
        <translation>Kurz je dokončený. Výborně!</translation>
    </message>
    <message>
        <source>%1 of %2 lessons done.</source>
        <translation>Hotovo %1 z %2 lekcí.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zobrazit</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurzy</translation>
    </message>
    <message>
        <source>Competence areas</source>
        <translation>Oblasti kompetencí</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Načítání…</translation>
    </message>
    <message>
        <source>Learners and their progress</source>
        <translation>Účastníci a jejich pokrok</translation>
    </message>
    <message>
        <source>Latest sessions</source>
        <translation>Poslední sezení</translation>
    </message>
    <message>
        <source>No groups yet. Make one in the Groups tab.</source>
        <translation>Zatím tu nejsou žádné skupiny. Vytvořte je na kartě Skupiny.</translation>
    </message>
    <message>
        <source>“!”: may need help (did not pass the same quiz 3 times, or no progress for 2 weeks). Press Enter or double-click a learner to open their page.</source>
        <translation>„!“: možná potřebuje pomoc (3krát nesplnil stejný kvíz nebo 2 týdny bez pokroku). Stránku účastníka otevřete klávesou Enter nebo dvojklikem.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Účastník</translation>
    </message>
    <message>
        <source>Days here (30 days)</source>
        <translation>Dny přítomnosti (30 dní)</translation>
    </message>
    <message>
        <source>may need help</source>
        <translation>možná potřebuje pomoc</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>zatím ne</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>úroveň %1</translation>
    </message>
    <message>
        <source>%1 learners; %2 may need help.</source>
        <translation>Účastníků: %1; pomoc možná potřebuje: %2.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>did not sign out</source>
        <translation>bez odhlášení</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ hotovo</translation>
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
            <numerusform>%nkrát nesplnil kvíz</numerusform>
            <numerusform>%nkrát nesplnil kvíz</numerusform>
            <numerusform>%nkrát nesplnil kvíz</numerusform>
        </translation>
    </message>
    <message>
        <source>no progress for 2 weeks</source>
        <translation>2 týdny bez pokroku</translation>
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
        <translation>Kalibrace: sebehodnocení a doklady</translation>
    </message>
    <message>
        <source>Your levels, and what they rest on</source>
        <translation>Vaše úrovně a na čem stojí</translation>
    </message>
    <message>
        <source>%1 (course quizzes)</source>
        <translation>%1 (testy kurzů)</translation>
    </message>
    <message>
        <source>Said</source>
        <translation>Uvedl(a)</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Ví</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>Udělal(a)</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Pozorováno</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Závěr</translation>
    </message>
    <message>
        <source>You said</source>
        <translation>Vaše odpověď</translation>
    </message>
    <message>
        <source>The questions showed</source>
        <translation>Otázky ukázaly</translation>
    </message>
    <message>
        <source>Practice showed</source>
        <translation>Procvičování ukázalo</translation>
    </message>
    <message>
        <source>Your trainer saw</source>
        <translation>Lektor viděl</translation>
    </message>
    <message>
        <source>Your level</source>
        <translation>Vaše úroveň</translation>
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
        <translation>proberte to</translation>
    </message>
    <message>
        <source>%1 below</source>
        <translation>o %1 níž</translation>
    </message>
    <message>
        <source>%1 above</source>
        <translation>o %1 výš</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>zatím ne</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>úroveň %1</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Add %1 to a group</source>
        <translation>Přidat do skupiny: %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Přidat</translation>
    </message>
    <message>
        <source>No groups yet. Make one in the Groups tab.</source>
        <translation>Zatím žádné skupiny. Vytvořte ji na kartě Skupiny.</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Groups</source>
        <translation>Skupiny</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nová skupina</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Název skupiny</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Členové</translation>
    </message>
    <message>
        <source>Courses for this group</source>
        <translation>Kurzy pro tuto skupinu</translation>
    </message>
    <message>
        <source>Finish the courses by</source>
        <translation>Dokončit kurzy do</translation>
    </message>
    <message>
        <source>Day to finish by</source>
        <translation>Dokončit do</translation>
    </message>
    <message>
        <source>Made the group “%1”. Now choose its members and courses.</source>
        <translation>Skupina „%1“ je vytvořena. Teď vyberte její členy a kurzy.</translation>
    </message>
    <message>
        <source>Archived the group “%1”.</source>
        <translation>Skupina „%1“ je archivována.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n člen</numerusform>
            <numerusform>%n členové</numerusform>
            <numerusform>%n členů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n kurz</numerusform>
            <numerusform>%n kurzy</numerusform>
            <numerusform>%n kurzů</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the group “%1”: %2, %3, to finish by %4.</source>
        <translation>Skupina „%1“ je uložena: %2, %3, dokončit do %4.</translation>
    </message>
    <message>
        <source>Saved the group “%1”: %2, %3.</source>
        <translation>Skupina „%1“ je uložena: %2, %3.</translation>
    </message>
    <message>
        <source>Archive this group</source>
        <translation>Archivovat tuto skupinu</translation>
    </message>
    <message>
        <source>Save the group</source>
        <translation>Uložit skupinu</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co se stalo</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurzy</translation>
    </message>
    <message>
        <source>A group&apos;s courses are assigned to every member; they see them first.</source>
        <translation>Kurzy skupiny dostanou všichni její členové a uvidí je na prvním místě.</translation>
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
        <translation>Klíč LRS</translation>
    </message>
    <message>
        <source>LRS secret</source>
        <translation>Tajný klíč LRS</translation>
    </message>
    <message>
        <source>Centre key</source>
        <translation>Klíč centra</translation>
    </message>
    <message>
        <source>from the centre&apos;s recovery sheet</source>
        <translation>z listu pro obnovení centra</translation>
    </message>
    <message>
        <source>Join through the LRS</source>
        <translation>Připojit se přes LRS</translation>
    </message>
    <message>
        <source>Join from a bundle file…</source>
        <translation>Připojit se ze souboru balíčku…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Join an existing centre</source>
        <translation>Připojit se k existujícímu centru</translation>
    </message>
    <message>
        <source>This PC gets the centre&apos;s learners and all their results. Type the centre key from the recovery sheet, then the centre&apos;s LRS details, or use a bundle file another PC of the centre saved on a USB stick.</source>
        <translation>Tento počítač získá účastníky centra a všechny jejich výsledky. Zadejte klíč centra z listu pro obnovení a pak údaje LRS centra, nebo použijte soubor balíčku, který jiný počítač centra uložil na USB flash disk.</translation>
    </message>
    <message>
        <source>Please fill in the centre key and all LRS details.</source>
        <translation>Vyplňte prosím klíč centra a všechny údaje LRS.</translation>
    </message>
    <message>
        <source>Choose the bundle file</source>
        <translation>Vyberte soubor balíčku</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>Balíčky (*.zip)</translation>
    </message>
    <message>
        <source>Please type the centre key first.</source>
        <translation>Nejdřív prosím zadejte klíč centra.</translation>
    </message>
    <message>
        <source>Joining the centre… this can take a few minutes.</source>
        <translation>Připojování k centru… může to trvat několik minut.</translation>
    </message>
    <message>
        <source>Joining failed: %1</source>
        <translation>Připojení se nezdařilo: %1</translation>
    </message>
</context>
<context>
    <name>LearnerCertificates</name>
    <message>
        <source>Certificates of %1</source>
        <translation>Certifikáty: %1</translation>
    </message>
    <message>
        <source>%1 has not finished a course yet.</source>
        <translation>Zatím žádný dokončený kurz: %1.</translation>
    </message>
    <message>
        <source>Certificates are printed in the learner&apos;s language: %1.</source>
        <translation>Certifikáty se tisknou v jazyce účastníka: %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
</context>
<context>
    <name>LearnerCompetences</name>
    <message>
        <source>Only where self-rating and evidence disagree</source>
        <translation>Jen tam, kde se sebehodnocení a doklady liší</translation>
    </message>
    <message>
        <source>The level concluded rests on the strongest evidence: observed, then did, then known (questions and course quizzes), then said.</source>
        <translation>Výsledná úroveň stojí na nejsilnějším dokladu: pozorováno, pak udělal(a), pak ví (otázky a testy kurzů), pak uvedl(a).</translation>
    </message>
</context>
<context>
    <name>LearnerForm</name>
    <message>
        <source>New learner</source>
        <translation>Nový účastník</translation>
    </message>
    <message>
        <source>Edit learner</source>
        <translation>Upravit účastníka</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Křestní jméno</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>4 to 6 numbers, or leave empty for no PIN</source>
        <translation>4 až 6 číslic, nebo nechte prázdné (bez PINu)</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN</source>
        <translation>Nechte prázdné, pokud má zůstat stávající PIN</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Odebrat PIN</translation>
    </message>
    <message>
        <source>Colour of the tile</source>
        <translation>Barva dlaždice</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Barva %1</translation>
    </message>
    <message>
        <source>Picture on the tile</source>
        <translation>Obrázek na dlaždici</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Gender (optional)</source>
        <translation>Pohlaví (nepovinné)</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Nechci uvést</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Žena</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Muž</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>Jiné</translation>
    </message>
    <message>
        <source>Age (optional)</source>
        <translation>Věk (nepovinné)</translation>
    </message>
    <message>
        <source>Agrees that the centre keeps their learning records (needed)</source>
        <translation>Souhlas s tím, že centrum uchovává záznamy o učení (nutné)</translation>
    </message>
    <message>
        <source>Agrees that their results are counted, without their name, by the programme</source>
        <translation>Souhlas s tím, že program započítá výsledky bez uvedení jména</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Barva</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Obrázek</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Pohlaví</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Věk</translation>
    </message>
    <message>
        <source>First letter</source>
        <translation>Počáteční písmeno</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Slunce</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Hvězda</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Srdce</translation>
    </message>
    <message>
        <source>Flower</source>
        <translation>Květina</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Dům</translation>
    </message>
    <message>
        <source>Music note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Snowflake</source>
        <translation>Sněhová vločka</translation>
    </message>
    <message>
        <source>Umbrella</source>
        <translation>Deštník</translation>
    </message>
</context>
<context>
    <name>LearnerPage</name>
    <message>
        <source>Quiz answers</source>
        <translation>Odpovědi v kvízech</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Otázka</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odpověď</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurzy</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Kompetence</translation>
    </message>
    <message>
        <source>Record an observed level…</source>
        <translation>Zapsat pozorovanou úroveň…</translation>
    </message>
    <message>
        <source>Assign a course…</source>
        <translation>Přidělit kurz…</translation>
    </message>
    <message>
        <source>Export this learner&apos;s data…</source>
        <translation>Exportovat data účastníka…</translation>
    </message>
    <message>
        <source>Erase this learner&apos;s data…</source>
        <translation>Vymazat data účastníka…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurz</translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation>Kde je</translation>
    </message>
    <message>
        <source>Lessons finished</source>
        <translation>Dokončené lekce</translation>
    </message>
    <message>
        <source>Finish by</source>
        <translation>Dokončit do</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Začal(a)</translation>
    </message>
    <message>
        <source>Quizzes not passed</source>
        <translation>Nesplněné kvízy</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co se stalo</translation>
    </message>
    <message>
        <source>Add to a group…</source>
        <translation>Přidat do skupiny…</translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation>Certifikáty…</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Skupiny: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>No courses assigned or started yet.</source>
        <translation>Zatím žádný přidělený ani započatý kurz.</translation>
    </message>
    <message>
        <source>Time spent learning at the centre: %1 hours.</source>
        <translation>Čas strávený učením v centru: %1 hodin.</translation>
    </message>
    <message>
        <source>Finished on %1</source>
        <translation>Dokončeno %1</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Učí se</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Zatím nezačal(a)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Pravda</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Nepravda</translation>
    </message>
    <message>
        <source>%1 · quiz of “%2” · %3</source>
        <translation>%1 · kvíz k lekci „%2“ · %3</translation>
    </message>
    <message>
        <source>No quiz answers yet.</source>
        <translation>Zatím žádné odpovědi v kvízech.</translation>
    </message>
    <message>
        <source>right (try %1)</source>
        <translation>správně (pokus %1)</translation>
    </message>
    <message>
        <source>not right (try %1)</source>
        <translation>nesprávně (pokus %1)</translation>
    </message>
    <message>
        <source>%1 of %2 right the first time</source>
        <translation>%1 z %2 správně napoprvé</translation>
    </message>
    <message>
        <source>Was registered at the centre</source>
        <translation>Byl(a) zapsán(a) v centru</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Přihlásil(a) se</translation>
    </message>
    <message>
        <source>Was signed out after a while without activity</source>
        <translation>Byl(a) odhlášen(a) po chvíli nečinnosti</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Odhlásil(a) se</translation>
    </message>
    <message>
        <source>Opened the lesson “%1”</source>
        <translation>Otevřel(a) lekci „%1“</translation>
    </message>
    <message>
        <source>Finished the lesson “%1”</source>
        <translation>Dokončil(a) lekci „%1“</translation>
    </message>
    <message>
        <source>Finished the course “%1”</source>
        <translation>Dokončil(a) kurz „%1“</translation>
    </message>
    <message>
        <source>Passed the quiz of “%1”</source>
        <translation>Splnil(a) kvíz k lekci „%1“</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Did not pass the quiz of “%1” yet</source>
        <translation>Kvíz k lekci „%1“ zatím nesplnil(a)</translation>
    </message>
    <message>
        <source>Started a quick self-check: %1</source>
        <translation>Začal(a) rychlé sebehodnocení: %1</translation>
    </message>
    <message>
        <source>Started the full self-check</source>
        <translation>Začal(a) úplné sebehodnocení</translation>
    </message>
    <message>
        <source>Finished a quick self-check: %1</source>
        <translation>Dokončil(a) rychlé sebehodnocení: %1</translation>
    </message>
    <message>
        <source>Finished the full self-check</source>
        <translation>Dokončil(a) úplné sebehodnocení</translation>
    </message>
    <message>
        <source>Answered %1 of %2 knowledge questions of the self-check right</source>
        <translation>Správně odpověděl(a) na %1 z %2 otázek znalostí v sebehodnocení</translation>
    </message>
    <message>
        <source>A trainer watched “%1” and recorded “not yet”</source>
        <translation>Lektor sledoval „%1“ a zapsal „zatím ne“</translation>
    </message>
    <message>
        <source>A trainer watched “%1” and recorded level %2</source>
        <translation>Lektor pozoroval „%1“ a zapsal úroveň %2</translation>
    </message>
    <message>
        <source>Answered a question in the quiz of “%1”</source>
        <translation>Odpověděl(a) na otázku v kvízu k lekci „%1“</translation>
    </message>
    <message>
        <source>Answered a statement of the self-check</source>
        <translation>Odpověděl(a) na výrok v sebehodnocení</translation>
    </message>
    <message>
        <source>Something a newer SkillsApp recorded (%1)</source>
        <translation>Něco, co zaznamenala novější verze SkillsApp (%1)</translation>
    </message>
    <message>
        <source>Assigned “%1” to %2, to finish by %3.</source>
        <translation>Kurz „%1“ přidělen: %2, dokončit do %3.</translation>
    </message>
    <message>
        <source>Assigned “%1” to %2.</source>
        <translation>Kurz „%1“ přidělen: %2.</translation>
    </message>
    <message>
        <source>%1 is now in the group “%2”.</source>
        <translation>%1 je teď ve skupině „%2“.</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Vyberte, kam uložit</translation>
    </message>
    <message>
        <source>Data about %1</source>
        <translation>Údaje: %1</translation>
    </message>
    <message>
        <source>What is kept</source>
        <translation>Co je uloženo</translation>
    </message>
    <message>
        <source>What this PC holds</source>
        <translation>Co má tento počítač</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nic nebylo uloženo: %1</translation>
    </message>
    <message>
        <source>Saved %1&apos;s data in %2: %3 and %4.</source>
        <translation>Data účastníka %1 jsou uložena ve složce %2: %3 a %4.</translation>
    </message>
    <message>
        <source>Erase this learner&apos;s data?</source>
        <translation>Vymazat data účastníka?</translation>
    </message>
    <message>
        <source>This removes %1&apos;s profile and every learning record from this PC and the centre&apos;s other PCs. It cannot be undone.

%2</source>
        <translation>Tímto se z tohoto počítače i z ostatních počítačů centra odstraní profil účastníka %1 a všechny záznamy o učení. Nelze to vrátit zpět.

%2</translation>
    </message>
</context>
<context>
    <name>LearnerTile</name>
    <message>
        <source>Sign in as %1</source>
        <translation>Přihlásit se jako %1</translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <source>Learners</source>
        <translation>Účastníci</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Křestní jméno</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Show archived learners</source>
        <translation>Zobrazit archivované účastníky</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Nový účastník</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřít</translation>
    </message>
    <message>
        <source>Open the learner&apos;s page</source>
        <translation>Otevřít stránku účastníka</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Upravit</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivovat</translation>
    </message>
    <message>
        <source>Unlock PIN</source>
        <translation>Odemknout PIN</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co se stalo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>v archivu</translation>
    </message>
    <message>
        <source>locked (too many wrong PINs)</source>
        <translation>zamčeno (příliš mnoho chybných PINů)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktivní</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Added %1. Their tile is on the start screen of this PC.</source>
        <translation>%1 je přidán(a). Dlaždice je na úvodní obrazovce tohoto počítače.</translation>
    </message>
    <message>
        <source>Saved the changes to %1&apos;s profile.</source>
        <translation>Změny v profilu účastníka %1 jsou uloženy.</translation>
    </message>
    <message>
        <source>Restored %1: their tile is back on the start screen.</source>
        <translation>%1 je obnoven(a): dlaždice je zpět na úvodní obrazovce.</translation>
    </message>
    <message>
        <source>Archived %1: their tile is gone and their records are kept.</source>
        <translation>%1 je archivován(a): dlaždice zmizela, záznamy zůstávají.</translation>
    </message>
    <message>
        <source>%1 can sign in with their PIN again.</source>
        <translation>%1 se může znovu přihlásit kódem PIN.</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Lesson text</source>
        <translation>Text lekce</translation>
    </message>
    <message>
        <source>Check what I learned</source>
        <translation>Vyzkoušet si, co umím</translation>
    </message>
    <message>
        <source>I have finished this lesson</source>
        <translation>Lekci mám hotovou</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Zpět na kurz</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Přečíst nahlas</translation>
    </message>
    <message>
        <source>%1 · Lesson %2 of %3</source>
        <translation>%1 · Lekce %2 z %3</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Přestat číst</translation>
    </message>
    <message>
        <source>Links are switched off</source>
        <translation>Odkazy jsou vypnuté</translation>
    </message>
    <message>
        <source>Opening web pages from lessons is switched off on this PC.</source>
        <translation>Otevírání webových stránek z lekcí je na tomto počítači vypnuté.</translation>
    </message>
    <message>
        <source>Open a web page?</source>
        <translation>Otevřít webovou stránku?</translation>
    </message>
    <message>
        <source>This link opens a web page outside SkillsApp, in your web browser:

%1

Do you want to open it?</source>
        <translation>Tento odkaz otevře webovou stránku mimo SkillsApp, ve vašem webovém prohlížeči:

%1

Chcete ji otevřít?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Finish</source>
        <translation>Skončit</translation>
    </message>
    <message>
        <source>Finish and sign out</source>
        <translation>Skončit a odhlásit se</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Ještě jsem tady</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Odhlásit se</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? You will be signed out in %n seconds to keep your work private.</source>
        <translation>
            <numerusform>Jste tu ještě? Za %n sekundu vás odhlásíme, aby vaše práce zůstala soukromá.</numerusform>
            <numerusform>Jste tu ještě? Za %n sekundy vás odhlásíme, aby vaše práce zůstala soukromá.</numerusform>
            <numerusform>Jste tu ještě? Za %n sekund vás odhlásíme, aby vaše práce zůstala soukromá.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchInput</name>
    <message>
        <source>Choose…</source>
        <translation>Vyberte…</translation>
    </message>
    <message>
        <source>What goes with “%1”</source>
        <translation>Co patří k „%1“</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>A PIN is {low} to {high} numbers, for example 4 8 1 5.</source>
        <translation>PIN musí mít od {low} do {high} číslic, například 4 8 1 5.</translation>
    </message>
    <message>
        <source>A learner&apos;s record</source>
        <translation>Záznam studujícího</translation>
    </message>
    <message>
        <source>A web page answered instead of the LRS (a Wi-Fi sign-in page or a wrong address?).</source>
        <translation>Místo LRS odpověděla webová stránka (přihlašovací stránka Wi-Fi, nebo chybná adresa?).</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Pokročilý</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Věková skupina</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Všichni účastníci</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>Jiné</translation>
    </message>
    <message>
        <source>Attendance counts the days from {day} on.</source>
        <translation>Docházka počítá dny od {day}.</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Základní</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Dokončeno</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Připojeno</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Členění podle</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurz</translation>
    </message>
    <message>
        <source>Courses completed</source>
        <translation>Dokončené kurzy</translation>
    </message>
    <message>
        <source>Days present in the last 30 days</source>
        <translation>Dny přítomnosti za posledních 30 dní</translation>
    </message>
    <message>
        <source>DigComp area</source>
        <translation>Oblast DigComp</translation>
    </message>
    <message>
        <source>DigComp levels by area</source>
        <translation>Úrovně DigComp podle oblastí</translation>
    </message>
    <message>
        <source>DigComp levels by area from {start} to {end}</source>
        <translation>Úrovně DigComp podle oblastí od {start} do {end}</translation>
    </message>
    <message>
        <source>DigComp version {version} is not known.</source>
        <translation>Verze DigComp {version} není známá.</translation>
    </message>
    <message>
        <source>Every statement has been answered.</source>
        <translation>Všechna tvrzení už jsou zodpovězená.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Údaj</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Základní</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Pohlaví</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <source>Group progress</source>
        <translation>Pokrok skupiny</translation>
    </message>
    <message>
        <source>Highly advanced</source>
        <translation>Vysoce pokročilý</translation>
    </message>
    <message>
        <source>Highly specialised</source>
        <translation>Vysoce specializovaný</translation>
    </message>
    <message>
        <source>Hours of learning</source>
        <translation>Hodiny učení</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Probíhá</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Ukazatel</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Středně pokročilý</translation>
    </message>
    <message>
        <source>Latest self-check</source>
        <translation>Poslední sebehodnocení</translation>
    </message>
    <message>
        <source>Latest self-check, DigCompSat bands</source>
        <translation>Poslední sebehodnocení, pásma DigCompSat</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Účastník</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Účastníci</translation>
    </message>
    <message>
        <source>Learning record of {name}</source>
        <translation>Záznam o učení: {name}</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lekce</translation>
    </message>
    <message>
        <source>Lessons done</source>
        <translation>Hotové lekce</translation>
    </message>
    <message>
        <source>Level gain, observed by a trainer</source>
        <translation>Zlepšení úrovně, podle lektora</translation>
    </message>
    <message>
        <source>Level gain, self-assessed</source>
        <translation>Zlepšení úrovně, vlastní hodnocení</translation>
    </message>
    <message>
        <source>Level gains: latest minus first level in the period, averaged over the learners assessed at least twice; the column “Learners” says how many.</source>
        <translation>Zlepšení úrovně: poslední minus první úroveň v období, průměr za účastníky hodnocené aspoň dvakrát; sloupec „Účastníci“ uvádí jejich počet.</translation>
    </message>
    <message>
        <source>Levels from the self-checks finished in the period. “Latest self-check”: each learner&apos;s latest level in the area. The first and latest self-check are compared for the learners who did two or more in the period (pre/post).</source>
        <translation>Úrovně ze sebehodnocení dokončených v období. „Poslední sebehodnocení“: poslední úroveň každého účastníka v oblasti. První a poslední sebehodnocení se porovnávají u účastníků, kteří jich v období udělali dvě nebo více (před/po).</translation>
    </message>
    <message>
        <source>May need help</source>
        <translation>Možná potřebuje pomoc</translation>
    </message>
    <message>
        <source>Mean level</source>
        <translation>Průměrná úroveň</translation>
    </message>
    <message>
        <source>Mean self-check score, % (DigCompSat)</source>
        <translation>Průměrný výsledek sebehodnocení, % (DigCompSat)</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Muži</translation>
    </message>
    <message>
        <source>No centre in this LRS account opens with this centre key. Please check the key on the centre&apos;s recovery sheet, and the LRS key and secret.</source>
        <translation>Tímto klíčem centra nelze otevřít žádné centrum v tomto účtu LRS. Zkontrolujte prosím klíč na listu pro obnovení centra a také klíč a tajný klíč LRS.</translation>
    </message>
    <message>
        <source>No printer is set up on this PC. Save the PDF instead and print it elsewhere, or ask whoever looks after this PC to add a printer.</source>
        <translation>Na tomto počítači není nastavena žádná tiskárna. Uložte místo toho PDF a vytiskněte ho jinde, nebo požádejte správce tohoto počítače, aby tiskárnu přidal.</translation>
    </message>
    <message>
        <source>No progress for 2 weeks</source>
        <translation>2 týdny bez pokroku</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nezačato</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Neuvedeno</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Zatím ne</translation>
    </message>
    <message>
        <source>Only a trainer of this centre can record an assessment.</source>
        <translation>Hodnocení může zapsat jen lektor tohoto centra.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Účastníci v období</translation>
    </message>
    <message>
        <source>Participants: learners who signed in or learned on at least one day of the period.</source>
        <translation>Účastníci v období: ti, kdo se aspoň v jeden den období přihlásili nebo učili.</translation>
    </message>
    <message>
        <source>Please answer every statement before finishing.</source>
        <translation>Než skončíte, odpovězte prosím na všechna tvrzení.</translation>
    </message>
    <message>
        <source>Please choose a period between {earliest} and the end of next year.</source>
        <translation>Zvolte prosím období mezi {earliest} a koncem příštího roku.</translation>
    </message>
    <message>
        <source>Please choose one of the answers.</source>
        <translation>Vyberte prosím jednu z odpovědí.</translation>
    </message>
    <message>
        <source>Please choose one of the five areas for the quick check.</source>
        <translation>Pro rychlé ověření vyberte prosím jednu z pěti oblastí.</translation>
    </message>
    <message>
        <source>Please choose one of the four answers.</source>
        <translation>Vyberte prosím jednu ze čtyř odpovědí.</translation>
    </message>
    <message>
        <source>Please choose one of the offered colours.</source>
        <translation>Vyberte prosím jednu z nabízených barev.</translation>
    </message>
    <message>
        <source>Please choose one of the offered languages.</source>
        <translation>Vyberte prosím jeden z nabízených jazyků.</translation>
    </message>
    <message>
        <source>Please choose one of the offered pictures.</source>
        <translation>Vyberte prosím jeden z nabízených obrázků.</translation>
    </message>
    <message>
        <source>Please choose the quick check or the full check.</source>
        <translation>Vyberte prosím rychlé, nebo úplné ověření.</translation>
    </message>
    <message>
        <source>Please choose the task you watched before ticking its steps.</source>
        <translation>Nejdřív prosím vyberte sledovaný úkol a teprve potom odškrtejte jeho kroky.</translation>
    </message>
    <message>
        <source>Please give dates as year-month-day, for example 2026-03-31.</source>
        <translation>Zadávejte prosím data ve tvaru rok-měsíc-den, například 2026-03-31.</translation>
    </message>
    <message>
        <source>Please give the course&apos;s id, for example --course email-basics.</source>
        <translation>Zadejte prosím identifikátor kurzu, například --course email-basics.</translation>
    </message>
    <message>
        <source>Please give the due date as a day, for example 2026-05-31.</source>
        <translation>Zadejte prosím termín jako den, například 2026-05-31.</translation>
    </message>
    <message>
        <source>Please give the period: its first and its last day.</source>
        <translation>Zadejte prosím období: jeho první a poslední den.</translation>
    </message>
    <message>
        <source>Please keep the note under {limit} characters.</source>
        <translation>Zkraťte prosím poznámku. Nejvyšší povolený počet znaků: {limit}.</translation>
    </message>
    <message>
        <source>Please put the key and secret in their own boxes, not in the address.</source>
        <translation>Klíč a tajný klíč zadejte prosím do jejich vlastních polí, ne do adresy.</translation>
    </message>
    <message>
        <source>Please set the LRS address, key and secret first.</source>
        <translation>Nejdřív prosím nastavte adresu, klíč a tajný klíč LRS.</translation>
    </message>
    <message>
        <source>Please set the centre key first (trainer settings, Sync).</source>
        <translation>Nejdřív prosím nastavte klíč centra (nastavení lektora, Synchronizace).</translation>
    </message>
    <message>
        <source>Please type a {field}.</source>
        <translation>Vyplňte prosím: {field}.</translation>
    </message>
    <message>
        <source>Please type the LRS key and secret.</source>
        <translation>Zadejte prosím klíč a tajný klíč LRS.</translation>
    </message>
    <message>
        <source>Please type the centre key to set up this PC from the bundle.</source>
        <translation>Zadejte prosím klíč centra, abyste mohli tento počítač nastavit z balíčku.</translation>
    </message>
    <message>
        <source>Post: latest self-check (of those with two or more)</source>
        <translation>Po: poslední sebehodnocení (u těch, kdo mají dvě a více)</translation>
    </message>
    <message>
        <source>Pre/post: too few to report</source>
        <translation>Před/po: příliš málo na vykázání</translation>
    </message>
    <message>
        <source>Pre: first self-check (of those with two or more)</source>
        <translation>Před: první sebehodnocení (u těch, kdo mají dvě a více)</translation>
    </message>
    <message>
        <source>Programme indicators</source>
        <translation>Ukazatele programu</translation>
    </message>
    <message>
        <source>Programme indicators from {start} to {end}</source>
        <translation>Ukazatele programu od {start} do {end}</translation>
    </message>
    <message>
        <source>Progress of the group {name}</source>
        <translation>Pokrok skupiny {name}</translation>
    </message>
    <message>
        <source>Quiz not passed after {count} tries</source>
        <translation>Kvíz nesplněn ani po {count} pokusech</translation>
    </message>
    <message>
        <source>Quiz tries</source>
        <translation>Pokusy v kvízech</translation>
    </message>
    <message>
        <source>Quiz tries not passed</source>
        <translation>Nesplněné pokusy v kvízech</translation>
    </message>
    <message>
        <source>Self-check score as DigCompSat counts it: the mean of the answers&apos; points in the area, as a percentage. Its bands: Low 0–29 % (counted under “Not yet”), Foundation 30–47 %, Intermediate 48–80 %, Advanced 81–100 %.</source>
        <translation>Výsledek sebehodnocení podle DigCompSat: průměr bodů odpovědí v oblasti v procentech. Jeho pásma: Nízké 0–29 % (počítá se pod „Zatím ne“), Základní 30–47 %, Středně pokročilý 48–80 %, Pokročilý 81–100 %.</translation>
    </message>
    <message>
        <source>SkillsApp cannot save in its data folder ({folder}) because it is read-only. Please ask whoever looks after this PC to allow writing there, or set SKILLSAPP_HOME to a folder that can be written. Nothing has been changed.</source>
        <translation>SkillsApp nemůže ukládat do své datové složky ({folder}), protože je jen pro čtení. Požádejte toho, kdo se o tento počítač stará, aby tam povolil zápis, nebo nastavte SKILLSAPP_HOME na složku, do které lze zapisovat. Nic nebylo změněno.</translation>
    </message>
    <message>
        <source>SkillsApp cannot use its data folder ({folder}): {reason}. Please check that the folder exists and can be written, or set SKILLSAPP_HOME to another folder. Nothing has been changed.</source>
        <translation>SkillsApp nemůže použít svou datovou složku ({folder}): {reason}. Zkontrolujte prosím, že složka existuje a lze do ní zapisovat, nebo nastavte SKILLSAPP_HOME na jinou složku. Nic nebylo změněno.</translation>
    </message>
    <message>
        <source>So that nobody can be singled out, figures about fewer than {least} learners are not shown: “Too few to report”.</source>
        <translation>Aby nikoho nešlo rozpoznat, údaje o méně než {least} účastnících se neukazují: „Příliš málo na vykázání“.</translation>
    </message>
    <message>
        <source>Some members of this group are not learners of the centre ({count}).</source>
        <translation>Někteří členové této skupiny nejsou účastníky centra ({count}).</translation>
    </message>
    <message>
        <source>Some results could not be confirmed ({count}); they will be sent again.</source>
        <translation>Některé výsledky se nepodařilo potvrdit ({count}); budou odeslány znovu.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Zahájeno</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Text size must be between 100% and 200%.</source>
        <translation>Velikost textu musí být mezi 100 % a 200 %.</translation>
    </message>
    <message>
        <source>That course is not on this PC.</source>
        <translation>Tento kurz na tomto počítači není.</translation>
    </message>
    <message>
        <source>That task is not in the list of tasks.</source>
        <translation>Tento úkol není v seznamu úkolů.</translation>
    </message>
    <message>
        <source>That task shows a different competence.</source>
        <translation>Tento úkol patří k jiné kompetenci.</translation>
    </message>
    <message>
        <source>The LRS address must start with https:// so that results travel safely.</source>
        <translation>Adresa LRS musí začínat https://, aby se výsledky přenášely bezpečně.</translation>
    </message>
    <message>
        <source>The LRS address should look like https://lrs.example.org/xAPI/</source>
        <translation>Adresa LRS by měla vypadat takto: https://lrs.example.org/xAPI/</translation>
    </message>
    <message>
        <source>The LRS answered, but not with a list of statements.</source>
        <translation>LRS odpověděl, ale ne seznamem záznamů.</translation>
    </message>
    <message>
        <source>The LRS answered, but not with the list of stored statements.</source>
        <translation>LRS odpověděl, ale ne seznamem uložených záznamů.</translation>
    </message>
    <message>
        <source>The LRS cannot be reached; results are kept here and sent later.</source>
        <translation>LRS není dostupný; výsledky zůstanou uložené tady a odešlou se později.</translation>
    </message>
    <message>
        <source>The LRS gave an unexpected answer (HTTP {status}).</source>
        <translation>LRS odpověděl neočekávaně (HTTP {status}).</translation>
    </message>
    <message>
        <source>The LRS has a problem of its own (HTTP {status}); trying later.</source>
        <translation>LRS má vlastní potíže (HTTP {status}); zkusíme to později.</translation>
    </message>
    <message>
        <source>The LRS keeps sending us elsewhere; please check the address.</source>
        <translation>LRS nás stále přesměrovává jinam; zkontrolujte prosím adresu.</translation>
    </message>
    <message>
        <source>The LRS refused the statement (HTTP {status}): {detail}</source>
        <translation>LRS záznam odmítl (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>The LRS sent a broken link to the next page.</source>
        <translation>LRS poslal chybný odkaz na další stránku.</translation>
    </message>
    <message>
        <source>The LRS sent an answer far too large to be statements.</source>
        <translation>LRS poslal odpověď, která je na záznamy až příliš velká.</translation>
    </message>
    <message>
        <source>The LRS sent an answer that cannot be read.</source>
        <translation>LRS poslal odpověď, kterou nelze přečíst.</translation>
    </message>
    <message>
        <source>The LRS sent us to another address ({host}); nothing was sent there.</source>
        <translation>LRS nás přesměroval na jinou adresu ({host}); nic tam nebylo odesláno.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {file}: {reason}. Check that the USB stick is plugged in and has free space. Nothing was saved.</source>
        <translation>PDF se nepodařilo uložit jako {file}: {reason}. Zkontrolujte, zda je USB flash disk zapojený a má volné místo. Nic nebylo uloženo.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {file}: {reason}. Nothing was saved.</source>
        <translation>PDF se nepodařilo uložit jako {file}: {reason}. Nic nebylo uloženo.</translation>
    </message>
    <message>
        <source>The bundle cannot be read ({reason}).</source>
        <translation>Balíček nelze přečíst ({reason}).</translation>
    </message>
    <message>
        <source>The centre key does not open this bundle. Please check the key.</source>
        <translation>Klíč centra tento balíček neotevře. Zkontrolujte prosím klíč.</translation>
    </message>
    <message>
        <source>The centre key needs at least {limit} characters.</source>
        <translation>Klíč centra je příliš krátký. Nejmenší povolený počet znaků: {limit}.</translation>
    </message>
    <message>
        <source>The centre needs at least one trainer account.</source>
        <translation>Centrum potřebuje alespoň jeden účet lektora.</translation>
    </message>
    <message>
        <source>The course “{title}” comes with SkillsApp and cannot be replaced from a file. It is updated together with SkillsApp.</source>
        <translation>Kurz „{title}“ je součástí SkillsApp a nelze ho nahradit ze souboru. Aktualizuje se spolu se SkillsApp.</translation>
    </message>
    <message>
        <source>The course “{title}” is already installed in version {installed}. This file holds version {version}, which is not newer, so nothing was changed.</source>
        <translation>Kurz „{title}“ je už nainstalovaný ve verzi {installed}. Tento soubor obsahuje verzi {version}, která není novější, a proto se nic nezměnilo.</translation>
    </message>
    <message>
        <source>The day to finish by has already passed. Please choose today or a later day.</source>
        <translation>Tento den už uplynul. Vyberte prosím dnešek nebo pozdější den.</translation>
    </message>
    <message>
        <source>The day you watched the task cannot be in the future.</source>
        <translation>Den, kdy byl úkol sledován, nemůže být v budoucnosti.</translation>
    </message>
    <message>
        <source>The disk where SkillsApp keeps its records ({folder}) is full. Please make some room on it (for example, empty the recycle bin), then start SkillsApp again. Nothing has been changed.</source>
        <translation>Disk, na kterém SkillsApp ukládá záznamy ({folder}), je plný. Uvolněte na něm prosím trochu místa (například vysypte koš) a pak SkillsApp spusťte znovu. Nic nebylo změněno.</translation>
    </message>
    <message>
        <source>The key or secret is wrong.</source>
        <translation>Klíč nebo tajný klíč není správný.</translation>
    </message>
    <message>
        <source>The learning records in {file} were saved by a newer version of SkillsApp (data version {found}, this version reads up to {known}). Please install the newer version; nothing has been changed.</source>
        <translation>Záznamy o učení v souboru {file} uložila novější verze SkillsApp (verze dat {found}, tato verze přečte nejvýše {known}). Nainstalujte prosím novější verzi; nic nebylo změněno.</translation>
    </message>
    <message>
        <source>The learning records on this PC ({file}) are damaged and cannot be opened ({detail}).</source>
        <translation>Záznamy o učení na tomto počítači ({file}) jsou poškozené a nelze je otevřít ({detail}).</translation>
    </message>
    <message>
        <source>The level must be a whole number from {low} to {high}.</source>
        <translation>Úroveň musí být celé číslo od {low} do {high}.</translation>
    </message>
    <message>
        <source>The password can have at most {limit} characters.</source>
        <translation>Heslo je příliš dlouhé. Nejvyšší povolený počet znaků: {limit}.</translation>
    </message>
    <message>
        <source>The password contains characters that cannot be typed. Please try again.</source>
        <translation>Heslo obsahuje znaky, které nelze napsat na klávesnici. Zkuste to prosím znovu.</translation>
    </message>
    <message>
        <source>The password needs at least {limit} characters.</source>
        <translation>Heslo je příliš krátké. Nejmenší povolený počet znaků: {limit}.</translation>
    </message>
    <message>
        <source>The period ends before it starts. Please swap the two dates.</source>
        <translation>Období končí dřív, než začíná. Prohoďte prosím obě data.</translation>
    </message>
    <message>
        <source>The printer reported a problem and the pages may not have come out. Check that it is switched on and has paper, then try again.</source>
        <translation>Tiskárna ohlásila problém a stránky se možná nevytiskly. Zkontrolujte, že je zapnutá a má papír, a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The report could not be saved as {file}: {reason}. Check that the USB stick is plugged in, has free space and is not write-protected. Nothing was saved.</source>
        <translation>Zprávu se nepodařilo uložit jako {file}: {reason}. Zkontrolujte, zda je USB flash disk zapojený, má volné místo a není chráněný proti zápisu. Nic nebylo uloženo.</translation>
    </message>
    <message>
        <source>The resident needs to agree that the centre keeps their learning records, otherwise their progress cannot be saved.</source>
        <translation>Účastník musí souhlasit s tím, že centrum uchovává jeho záznamy o učení, jinak nelze jeho pokrok ukládat.</translation>
    </message>
    <message>
        <source>The steps of this task are numbered 1 to {count}.</source>
        <translation>Kroky tohoto úkolu jsou očíslované od 1 do {count}.</translation>
    </message>
    <message>
        <source>The {field} contains characters that cannot be shown. Please type it again.</source>
        <translation>Údaj obsahuje znaky, které nelze zobrazit: {field}. Zadejte ho prosím znovu.</translation>
    </message>
    <message>
        <source>The {field} is too long: please use at most {limit} letters.</source>
        <translation>Příliš dlouhý údaj: {field}. Nejvyšší povolený počet znaků: {limit}.</translation>
    </message>
    <message>
        <source>The {field} needs at least one letter.</source>
        <translation>Údaj musí obsahovat alespoň jedno písmeno: {field}.</translation>
    </message>
    <message>
        <source>There are no groups yet.</source>
        <translation>Zatím nejsou žádné skupiny.</translation>
    </message>
    <message>
        <source>There are no learners yet.</source>
        <translation>Zatím nejsou žádní studující.</translation>
    </message>
    <message>
        <source>There is no group called “{name}”. The groups are: {names}.</source>
        <translation>Skupina „{name}“ neexistuje. Skupiny jsou: {names}.</translation>
    </message>
    <message>
        <source>There is no learner called “{name}”.</source>
        <translation>Studující jménem „{name}“ neexistuje.</translation>
    </message>
    <message>
        <source>There is no report called “{name}”. The reports are: {names}.</source>
        <translation>Přehled „{name}“ neexistuje. Přehledy jsou: {names}.</translation>
    </message>
    <message>
        <source>There is no room left on the disk that holds {folder}, or it cannot be written to. Please free some space (or ask whoever looks after this PC) and start SkillsApp again. Your records are safe; nothing was changed.</source>
        <translation>Na disku se složkou {folder} už není volné místo, nebo na něj nelze zapisovat. Uvolněte prosím trochu místa (nebo požádejte toho, kdo se o tento počítač stará) a spusťte SkillsApp znovu. Vaše záznamy jsou v bezpečí; nic nebylo změněno.</translation>
    </message>
    <message>
        <source>This PC already belongs to a centre.</source>
        <translation>Tento počítač už patří k nějakému centru.</translation>
    </message>
    <message>
        <source>This bundle belongs to another centre ({centre}), not to this one. Nothing was imported.</source>
        <translation>Tento balíček patří jinému centru ({centre}), ne tomuto. Nic nebylo importováno.</translation>
    </message>
    <message>
        <source>This bundle has been changed since it was made, or it was made with another centre key. Nothing was imported.</source>
        <translation>Tento balíček byl od svého vytvoření změněn, nebo byl vytvořen s jiným klíčem centra. Nic nebylo importováno.</translation>
    </message>
    <message>
        <source>This bundle unpacks to far more data than a centre can hold. Nothing was imported.</source>
        <translation>Tento balíček by se rozbalil na mnohem víc dat, než může centrum mít. Nic nebylo importováno.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of SkillsApp ({version}). Please update SkillsApp on this PC first. Nothing was imported.</source>
        <translation>Tento balíček vytvořila novější verze SkillsApp ({version}). Nejdřív prosím aktualizujte SkillsApp na tomto počítači. Nic nebylo importováno.</translation>
    </message>
    <message>
        <source>This course pack is protected with a password; make the zip again without one.</source>
        <translation>Tento balíček kurzu je chráněný heslem; vytvořte prosím soubor zip znovu bez hesla.</translation>
    </message>
    <message>
        <source>This course pack would take {size} MB once unpacked; at most {limit} MB is allowed.</source>
        <translation>Tento balíček kurzu by po rozbalení zabral {size} MB; povoleno je nejvýše {limit} MB.</translation>
    </message>
    <message>
        <source>This file cannot be read: {reason}.</source>
        <translation>Tento soubor nelze přečíst: {reason}.</translation>
    </message>
    <message>
        <source>This file holds {count} files; a course pack may hold at most {limit}. It is probably not a course pack.</source>
        <translation>Tento soubor obsahuje příliš mnoho souborů ({count}); balíček kurzu jich smí mít nejvýše {limit}. Pravděpodobně to není balíček kurzu.</translation>
    </message>
    <message>
        <source>This file holds “{name}” twice.</source>
        <translation>Tento soubor obsahuje „{name}“ dvakrát.</translation>
    </message>
    <message>
        <source>This file is damaged or was made in a way SkillsApp cannot open; make the zip again with an ordinary zip program.</source>
        <translation>Tento soubor je poškozený nebo byl vytvořen způsobem, který SkillsApp neumí otevřít; vytvořte prosím soubor zip znovu běžným programem pro zip.</translation>
    </message>
    <message>
        <source>This file is not a SkillsApp bundle. Nothing was imported.</source>
        <translation>Tento soubor není balíček SkillsApp. Nic nebylo importováno.</translation>
    </message>
    <message>
        <source>This file is not a complete SkillsApp bundle (it may have been cut short while copying). Please copy it again. Nothing was imported.</source>
        <translation>Tento soubor není úplný balíček SkillsApp (možná se kopírování nedokončilo). Zkopírujte ho prosím znovu. Nic nebylo importováno.</translation>
    </message>
    <message>
        <source>This file is not a course pack: it has no course.yaml.</source>
        <translation>Tento soubor není balíček kurzu: chybí v něm course.yaml.</translation>
    </message>
    <message>
        <source>This file is not a course pack: it is not a zip file, or it is damaged or incomplete (copy it to the USB stick again).</source>
        <translation>Tento soubor není balíček kurzu: není to soubor zip, nebo je poškozený či neúplný (zkopírujte ho znovu na USB flash disk).</translation>
    </message>
    <message>
        <source>This file is not a safe course pack.</source>
        <translation>Tento soubor není bezpečný balíček kurzu.</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: it would unpack to far more data than it holds (a &apos;zip bomb&apos;).</source>
        <translation>Tento soubor není bezpečný balíček kurzu: po rozbalení by z něj vzniklo mnohem víc dat, než obsahuje (tzv. „zip bomba“).</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: “{name}” is a link or a special file, not a plain file.</source>
        <translation>Tento soubor není bezpečný balíček kurzu: „{name}“ je odkaz nebo zvláštní soubor, ne obyčejný soubor.</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: “{name}” would be written outside the course folder.</source>
        <translation>Tento soubor není bezpečný balíček kurzu: „{name}“ by se zapsal mimo složku kurzu.</translation>
    </message>
    <message>
        <source>This learner is not registered at this centre.</source>
        <translation>Tento účastník není v tomto centru zaregistrovaný.</translation>
    </message>
    <message>
        <source>This learner&apos;s profile is archived; restore it first.</source>
        <translation>Profil tohoto účastníka je v archivu; nejdřív ho prosím obnovte.</translation>
    </message>
    <message>
        <source>This trainer account is archived.</source>
        <translation>Tento účet lektora je v archivu.</translation>
    </message>
    <message>
        <source>This trainer could not be saved. Please try again.</source>
        <translation>Lektora se nepodařilo uložit. Zkuste to prosím znovu.</translation>
    </message>
    <message>
        <source>Time spent learning at the centre, in hours: {hours}</source>
        <translation>Čas učení v centru, v hodinách: {hours}</translation>
    </message>
    <message>
        <source>Too few to report</source>
        <translation>Příliš málo na vykázání</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Why help may be needed</source>
        <translation>Proč možná potřebuje pomoc</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Ženy</translation>
    </message>
    <message>
        <source>centre name</source>
        <translation>název centra</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>křestní jméno</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>název skupiny</translation>
    </message>
    <message>
        <source>it is not a SkillsApp database file</source>
        <translation>nejde o datový soubor SkillsApp</translation>
    </message>
    <message>
        <source>name</source>
        <translation>jméno</translation>
    </message>
    <message>
        <source>trainer&apos;s name</source>
        <translation>jméno lektora</translation>
    </message>
    <message>
        <source>{name} has no certificate for the course “{course}” yet: it comes when the course is finished.</source>
        <translation>{name} zatím nemá certifikát za kurz „{course}“: vydá se po dokončení kurzu.</translation>
    </message>
    <message>
        <source>{name} is already in the group “{group}”.</source>
        <translation>{name} už je ve skupině „{group}“.</translation>
    </message>
    <message>
        <source>“{code}” is not a DigComp competence.</source>
        <translation>„{code}“ není kompetence DigComp.</translation>
    </message>
</context>
<context>
    <name>MyData</name>
    <message>
        <source>What happens in the learning record store (LRS): it only ever received results under a number, never a name. Results it already received are marked as withdrawn (voided), so reports no longer count them, but the store keeps a record that they existed.</source>
        <translation>Co se děje v úložišti záznamů o učení (LRS): výsledky do něj vždy chodily jen pod číslem, nikdy se jménem. Výsledky, které už dostalo, se označí jako stažené (zneplatněné), takže je zprávy už nezapočítají, ale úložiště si ponechá záznam o tom, že existovaly.</translation>
    </message>
    <message>
        <source>The centre keeps your learning records.</source>
        <translation>Centrum uchovává vaše záznamy o učení.</translation>
    </message>
    <message>
        <source>Your results are counted, without your name, by the programme.</source>
        <translation>Program započítává vaše výsledky, ale bez vašeho jména.</translation>
    </message>
    <message>
        <source>Your results are not shared with the programme.</source>
        <translation>Vaše výsledky se programu nepředávají.</translation>
    </message>
    <message>
        <source>You agreed on %1.</source>
        <translation>Souhlas udělen: %1.</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Váš profil</translation>
    </message>
    <message>
        <source>First name %1; language %2; %3; tile colour and picture.</source>
        <translation>Křestní jméno: %1; jazyk: %2; %3; barva a obrázek dlaždice.</translation>
    </message>
    <message>
        <source>a PIN is set</source>
        <translation>PIN je nastavený</translation>
    </message>
    <message>
        <source>no PIN</source>
        <translation>bez PINu</translation>
    </message>
    <message>
        <source>About you (optional)</source>
        <translation>O vás (nepovinné)</translation>
    </message>
    <message>
        <source>Gender: %1. Age: %2.</source>
        <translation>Pohlaví: %1. Věk: %2.</translation>
    </message>
    <message>
        <source>What you agreed to</source>
        <translation>S čím jste souhlasili</translation>
    </message>
    <message>
        <source>Your courses</source>
        <translation>Vaše kurzy</translation>
    </message>
    <message>
        <source>%1 started, %2 finished.</source>
        <translation>Zahájené: %1, dokončené: %2.</translation>
    </message>
    <message>
        <source>Your visits</source>
        <translation>Vaše návštěvy</translation>
    </message>
    <message numerus="yes">
        <source>You came on %n day(s).</source>
        <translation>
            <numerusform>Byli jste tu %n den.</numerusform>
            <numerusform>Byli jste tu %n dny.</numerusform>
            <numerusform>Byli jste tu %n dní.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your groups</source>
        <translation>Vaše skupiny</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Žádné.</translation>
    </message>
    <message>
        <source>Your learning records</source>
        <translation>Vaše záznamy o učení</translation>
    </message>
    <message numerus="yes">
        <source>%n records of what you did (lessons opened, answers given, courses finished, self-checks).</source>
        <translation>
            <numerusform>%n záznam o tom, co jste dělali (otevřené lekce, odpovědi, dokončené kurzy, sebehodnocení).</numerusform>
            <numerusform>%n záznamy o tom, co jste dělali (otevřené lekce, odpovědi, dokončené kurzy, sebehodnocení).</numerusform>
            <numerusform>%n záznamů o tom, co jste dělali (otevřené lekce, odpovědi, dokončené kurzy, sebehodnocení).</numerusform>
        </translation>
    </message>
    <message>
        <source>woman</source>
        <translation>žena</translation>
    </message>
    <message>
        <source>man</source>
        <translation>muž</translation>
    </message>
    <message>
        <source>another gender</source>
        <translation>jiné</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>neuvedeno</translation>
    </message>
</context>
<context>
    <name>MyDataScreen</name>
    <message>
        <source>Save a copy of my data (with a trainer)</source>
        <translation>Uložit kopii mých dat (s lektorem)</translation>
    </message>
    <message>
        <source>Erase my data (with a trainer)</source>
        <translation>Vymazat moje data (s lektorem)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Moje data</translation>
    </message>
    <message>
        <source>This is everything SkillsApp keeps about you.</source>
        <translation>Tohle všechno o vás SkillsApp uchovává.</translation>
    </message>
    <message>
        <source>A trainer helps you save a copy of your data.</source>
        <translation>Kopii vašich dat vám pomůže uložit lektor.</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Vyberte, kam uložit</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Uloženo: %1</translation>
    </message>
    <message>
        <source>A trainer helps you erase your data.</source>
        <translation>Vymazat vaše data vám pomůže lektor.</translation>
    </message>
</context>
<context>
    <name>OrderInput</name>
    <message>
        <source>Steps to put in order</source>
        <translation>Kroky, které máte seřadit</translation>
    </message>
    <message>
        <source>Choose a step with the arrow keys. Ctrl and an arrow key move it.</source>
        <translation>Krok vyberte šipkami. Ctrl a šipka ho posunou.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Posunout nahoru</translation>
    </message>
    <message>
        <source>Move the chosen step up</source>
        <translation>Posunout vybraný krok nahoru</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Posunout dolů</translation>
    </message>
    <message>
        <source>Move the chosen step down</source>
        <translation>Posunout vybraný krok dolů</translation>
    </message>
    <message>
        <source>Choose a step, then press “Move up” or “Move down”. With the keyboard: the arrow keys choose a step, Ctrl and an arrow key move it.</source>
        <translation>Vyberte krok a stiskněte „Posunout nahoru“ nebo „Posunout dolů“. Na klávesnici: šipky vyberou krok, Ctrl a šipka ho posunou.</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>Print</source>
        <translation>Tisk</translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <source>Save as PDF</source>
        <translation>Uložit jako PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Uloženo jako %1</translation>
    </message>
    <message>
        <source>Sent to the printer: %1</source>
        <translation>Odesláno na tiskárnu: %1</translation>
    </message>
</context>
<context>
    <name>PcSettings</name>
    <message>
        <source>Text size on the start screen</source>
        <translation>Velikost textu na úvodní obrazovce</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Strong contrast on the start screen</source>
        <translation>Vysoký kontrast na úvodní obrazovce</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sign out after no activity for</source>
        <translation>Odhlásit po nečinnosti delší než</translation>
    </message>
    <message>
        <source>Lessons may open web pages (after asking)</source>
        <translation>Lekce smějí otevírat webové stránky (po dotazu)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co se stalo</translation>
    </message>
    <message>
        <source>These settings are for this PC only.</source>
        <translation>Tato nastavení platí jen pro tento počítač.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Nastavení se nepodařilo uložit: %1</translation>
    </message>
    <message>
        <source>Saved. The start screen of this PC uses these settings from now on.</source>
        <translation>Uloženo. Úvodní obrazovka tohoto počítače teď používá tato nastavení.</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Your PIN</source>
        <translation>Váš PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <source>Erase the last number</source>
        <translation>Smazat poslední číslici</translation>
    </message>
    <message>
        <source>Type your PIN</source>
        <translation>Zadejte svůj PIN</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait until %1 or ask your trainer to unlock.</source>
        <translation>Příliš mnoho chybných PINů. Počkejte prosím do %1, nebo požádejte lektora, aby PIN odemkl.</translation>
    </message>
    <message>
        <source>That PIN is not right. You can try once more.</source>
        <translation>Tento PIN není správný. Můžete to zkusit ještě jednou.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. You can try %n more times.</source>
        <translation>
            <numerusform>Tento PIN není správný. Zbývá vám ještě %n pokus.</numerusform>
            <numerusform>Tento PIN není správný. Zbývají vám ještě %n pokusy.</numerusform>
            <numerusform>Tento PIN není správný. Zbývá vám ještě %n pokusů.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizResult</name>
    <message>
        <source>Well done! You finished the whole course.</source>
        <translation>Výborně! Celý kurz je hotový.</translation>
    </message>
    <message>
        <source>Well done! You passed this lesson.</source>
        <translation>Výborně! Tuto lekci máte splněnou.</translation>
    </message>
    <message>
        <source>Not yet. Read the parts below again, then try the quiz once more.</source>
        <translation>Ještě ne. Přečtěte si znovu části níže a pak zkuste kvíz ještě jednou.</translation>
    </message>
    <message>
        <source>Your certificate is ready. You find it under “My certificates” on your home page.</source>
        <translation>Váš certifikát je připravený. Najdete ho pod tlačítkem „Moje certifikáty“ na své úvodní stránce.</translation>
    </message>
    <message>
        <source>Your result: %1 of %2 right at the first try.</source>
        <translation>Váš výsledek: %1 z %2 správně hned napoprvé.</translation>
    </message>
    <message>
        <source>You need %1 of %2 right at the first try to pass.</source>
        <translation>Ke splnění potřebujete %1 z %2 správně hned napoprvé.</translation>
    </message>
    <message>
        <source>You need %1 right in a row at the first try to pass.</source>
        <translation>Ke splnění potřebujete tolik správných odpovědí napoprvé za sebou: %1.</translation>
    </message>
    <message>
        <source>Not right at the first try:</source>
        <translation>Napoprvé nebylo správně:</translation>
    </message>
    <message>
        <source>Read “%1” again</source>
        <translation>Znovu si přečíst „%1“</translation>
    </message>
    <message>
        <source>Read the lesson again</source>
        <translation>Znovu si přečíst lekci</translation>
    </message>
    <message>
        <source>Try the quiz again</source>
        <translation>Zkusit kvíz znovu</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Zpět na kurz</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Check my answer</source>
        <translation>Zkontrolovat odpověď</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Zkusit znovu</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Další otázka</translation>
    </message>
    <message>
        <source>Back to the lesson</source>
        <translation>Zpět na lekci</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Otázka %1 z %2</translation>
    </message>
    <message>
        <source>See my result</source>
        <translation>Zobrazit můj výsledek</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>Správně</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Ne tak docela</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Steps in the right place: %1 of %2</source>
        <translation>Kroky na správném místě: %1 z %2</translation>
    </message>
    <message>
        <source>Pairs that are right: %1 of %2</source>
        <translation>Správné dvojice: %1 z %2</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Recovery sheet</source>
        <translation>List pro obnovení</translation>
    </message>
    <message>
        <source>Centre key</source>
        <translation>Klíč centra</translation>
    </message>
    <message>
        <source>No centre key is set on this PC.</source>
        <translation>Na tomto počítači není nastaven klíč centra.</translation>
    </message>
    <message>
        <source>Centre number: %1</source>
        <translation>Číslo centra: %1</translation>
    </message>
    <message>
        <source>What the centre key is for</source>
        <translation>K čemu je klíč centra</translation>
    </message>
    <message>
        <source>You need it to set up another PC of this centre (choose “Join an existing centre”).</source>
        <translation>Potřebujete ho k nastavení dalšího počítače centra (zvolte „Připojit se k existujícímu centru“).</translation>
    </message>
    <message>
        <source>You need it to read a USB stick with results from this centre.</source>
        <translation>Potřebujete ho ke čtení USB disku s výsledky tohoto centra.</translation>
    </message>
    <message>
        <source>It protects the residents’ names, PINs and consent. Anyone who has the key and the centre’s LRS password can read them. The LRS never sees the key.</source>
        <translation>Chrání jména, PINy a souhlasy účastníků. Kdo má klíč a heslo centra k LRS, může je přečíst. LRS klíč nikdy nevidí.</translation>
    </message>
    <message>
        <source>If the key is lost, the results stay safe, but new PCs cannot read the residents’ details.</source>
        <translation>Když se klíč ztratí, výsledky zůstanou v bezpečí, ale nové počítače nepřečtou údaje účastníků.</translation>
    </message>
    <message>
        <source>Where to keep this sheet</source>
        <translation>Kde tento list uchovávat</translation>
    </message>
    <message>
        <source>Lock it away, for example in the centre’s safe or a locked drawer.</source>
        <translation>Zamkněte ho, například do trezoru centra nebo do zamykací zásuvky.</translation>
    </message>
    <message>
        <source>Do not keep it next to the PC. Do not send it by e-mail and do not take a photo of it.</source>
        <translation>Nenechávejte ho vedle počítače. Neposílejte ho e-mailem a nefoťte ho.</translation>
    </message>
    <message>
        <source>Tell one other person you trust where it is.</source>
        <translation>Řekněte jednomu dalšímu člověku, kterému důvěřujete, kde je.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Vytištěno %1</translation>
    </message>
</context>
<context>
    <name>ReportPaper</name>
    <message>
        <source>%1, made on %2</source>
        <translation>%1, vytvořeno %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strana %1 z %2</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Report table</source>
        <translation>Tabulka zprávy</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Uložit jako CSV…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Uložit jako PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tisk…</translation>
    </message>
    <message>
        <source>What was saved</source>
        <translation>Co bylo uloženo</translation>
    </message>
    <message>
        <source>Table as on screen (*.csv)</source>
        <translation>Tabulka jako na obrazovce (*.csv)</translation>
    </message>
    <message>
        <source>Data with codes, for other programs (*.csv)</source>
        <translation>Data s kódy, pro jiné programy (*.csv)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Uložit jako CSV</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Uloženo jako %1</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Report</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Účastník</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Jazyk zprávy</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Zobrazit zprávu</translation>
    </message>
    <message>
        <source>Certificate code</source>
        <translation>Kód certifikátu</translation>
    </message>
    <message>
        <source>Check a certificate</source>
        <translation>Ověřit certifikát</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Období</translation>
    </message>
    <message>
        <source>No certificate of this centre has that code. Check the letters again.</source>
        <translation>Žádný certifikát tohoto centra nemá takový kód. Zkontrolujte prosím znovu písmena.</translation>
    </message>
    <message>
        <source>Genuine: %1 finished “%2” on %3.</source>
        <translation>Certifikát je pravý: %1 – kurz „%2“, dokončeno %3.</translation>
    </message>
</context>
<context>
    <name>ResidentHome</name>
    <message>
        <source>A−  Smaller text</source>
        <translation>A−  Menší písmo</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Menší písmo</translation>
    </message>
    <message>
        <source>A+  Bigger text</source>
        <translation>A+  Větší písmo</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Větší písmo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Strong contrast (white on black)</source>
        <translation>Vysoký kontrast (bílé písmo na černém)</translation>
    </message>
    <message>
        <source>Check my digital skills</source>
        <translation>Ověřit si digitální dovednosti</translation>
    </message>
    <message>
        <source>My skills</source>
        <translation>Moje dovednosti</translation>
    </message>
    <message>
        <source>My certificates</source>
        <translation>Moje certifikáty</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Moje data</translation>
    </message>
    <message>
        <source>From your trainer</source>
        <translation>Od vašeho lektora</translation>
    </message>
    <message>
        <source>Recommended for you</source>
        <translation>Doporučeno pro vás</translation>
    </message>
    <message>
        <source>My courses</source>
        <translation>Moje kurzy</translation>
    </message>
    <message>
        <source>More courses</source>
        <translation>Další kurzy</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>Dobrý den, %1!</translation>
    </message>
    <message>
        <source>Choose a course to start. Your progress is saved as you go. When you are done, press Finish at the top.</source>
        <translation>Vyberte si kurz a začněte. Váš pokrok se průběžně ukládá. Až budete chtít skončit, stiskněte nahoře tlačítko Skončit.</translation>
    </message>
    <message>
        <source>Continue where I left off: %1 – %2</source>
        <translation>Pokračovat v učení: %1 – %2</translation>
    </message>
    <message>
        <source>Please finish by %1</source>
        <translation>Dokončete prosím do %1</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurzy</translation>
    </message>
    <message>
        <source>My certificates (%1)</source>
        <translation>Moje certifikáty (%1)</translation>
    </message>
    <message>
        <source>Not sure where to start? “Check my digital skills” suggests courses.</source>
        <translation>Nevíte, kde začít? Tlačítko „Ověřit si digitální dovednosti“ vám doporučí kurzy.</translation>
    </message>
    <message>
        <source>My skills (levels 1–8): %1</source>
        <translation>Moje dovednosti (úrovně 1–8): %1</translation>
    </message>
    <message>
        <source>Text size %1</source>
        <translation>Velikost písma %1</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentScreen</name>
    <message>
        <source>Progress</source>
        <translation>Postup</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Další</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Back to the previous statement</source>
        <translation>Zpět na předchozí tvrzení</translation>
    </message>
    <message>
        <source>Pause and finish later</source>
        <translation>Přerušit a dokončit později</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Otázka %1 z %2</translation>
    </message>
    <message>
        <source>%1: what do you know?</source>
        <translation>%1: co víte?</translation>
    </message>
    <message>
        <source>Statement %1 of %2</source>
        <translation>Tvrzení %1 z %2</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Pravda</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Nepravda</translation>
    </message>
    <message>
        <source>%1 (your answer)</source>
        <translation>%1 (vaše odpověď)</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Správně.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Ne tak docela.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Name of the centre</source>
        <translation>Název centra</translation>
    </message>
    <message>
        <source>for example: Village hall of Lindenau</source>
        <translation>například: Knihovna v Lipové</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Výchozí jazyk</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Další</translation>
    </message>
    <message>
        <source>Welcome to SkillsApp</source>
        <translation>Vítá vás SkillsApp</translation>
    </message>
    <message>
        <source>Set up a new centre</source>
        <translation>Založit nové centrum</translation>
    </message>
    <message>
        <source>Join an existing centre</source>
        <translation>Připojit se k existujícímu centru</translation>
    </message>
    <message>
        <source>For another PC of a centre that already uses SkillsApp</source>
        <translation>Pro další počítač centra, které už SkillsApp používá</translation>
    </message>
    <message>
        <source>Is this the first PC of your centre, or does your centre already use SkillsApp on another PC?</source>
        <translation>Je to první počítač vašeho centra, nebo už vaše centrum používá SkillsApp na jiném počítači?</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>List pro obnovení</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hotovo</translation>
    </message>
    <message>
        <source>Your centre key</source>
        <translation>Klíč vašeho centra</translation>
    </message>
    <message>
        <source>Print or save this sheet and keep it locked away. You need the centre key to set up another PC of the centre.</source>
        <translation>Tento list si vytiskněte nebo uložte a mějte ho pod zámkem. Klíč centra budete potřebovat, až budete nastavovat další počítač centra.</translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation>Vytisknout list pro obnovení…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Uložit jako PDF…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>Uložit list pro obnovení jako PDF</translation>
    </message>
    <message>
        <source>Let&apos;s set up this PC for your centre. Step 1 of 2: the centre. You can change these later.</source>
        <translation>Nastavíme tento počítač pro vaše centrum. Krok 1 ze 2: centrum. Všechno můžete později změnit.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Vaše jméno</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Alespoň 8 znaků</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Heslo znovu</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Create the centre</source>
        <translation>Vytvořit centrum</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Heslo (alespoň 8 znaků)</translation>
    </message>
    <message>
        <source>The first trainer account</source>
        <translation>První účet lektora</translation>
    </message>
    <message>
        <source>Step 2 of 2: you. Trainers sign in with this password to add learners and follow their progress.</source>
        <translation>Krok 2 ze 2: vy. Tímto heslem se budete přihlašovat jako lektor, abyste mohli přidávat účastníky a sledovat jejich pokrok.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hesla se neshodují.</translation>
    </message>
</context>
<context>
    <name>SignOutDuringQuiz</name>
    <message>
        <source>Finish</source>
        <translation>Skončit</translation>
    </message>
    <message>
        <source>Your answers so far are saved. Sign out now?</source>
        <translation>Vaše dosavadní odpovědi jsou uložené. Odhlásit se teď?</translation>
    </message>
    <message>
        <source>No, go on with the quiz</source>
        <translation>Ne, pokračovat v kvízu</translation>
    </message>
    <message>
        <source>Yes, sign out</source>
        <translation>Ano, odhlásit se</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>SkillsApp is already open on this PC with the same records (%1). Please use the window that is open; if you cannot find it, restart the PC.</source>
        <translation>SkillsApp už je na tomto počítači otevřená se stejnými záznamy (%1). Použijte prosím okno, které je otevřené; pokud ho nemůžete najít, restartujte počítač.</translation>
    </message>
</context>
<context>
    <name>SkillsCheckStart</name>
    <message>
        <source>Check my digital skills</source>
        <translation>Ověřit si digitální dovednosti</translation>
    </message>
    <message>
        <source>You read short sentences like “I can send a photo by e-mail” and say how well they fit you. There are no wrong answers. It is not a test.</source>
        <translation>Budete číst krátké věty, třeba „Umím poslat fotku e-mailem“, a u každé řeknete, jak moc na vás sedí. Špatné odpovědi tu nejsou. Není to test.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Pokračovat od místa přerušení</translation>
    </message>
    <message>
        <source>A quick check of one topic (about 10 minutes):</source>
        <translation>Rychlé ověření jednoho tématu (asi 10 minut):</translation>
    </message>
    <message>
        <source>The full check of all topics (about 30 minutes)</source>
        <translation>Úplné ověření všech témat (asi 30 minut)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
</context>
<context>
    <name>StartProblems</name>
    <message>
        <source>SkillsApp can put the damaged file aside (it is kept, not deleted) and bring back the newest automatic backup. Do that now?</source>
        <translation>SkillsApp může poškozený soubor odložit stranou (zůstane zachován, nesmaže se) a obnovit nejnovější automatickou zálohu. Provést to teď?</translation>
    </message>
    <message>
        <source>There was no usable backup. The damaged file was kept as %1; SkillsApp starts with empty records.</source>
        <translation>Žádná použitelná záloha nebyla nalezena. Poškozený soubor byl uložen jako %1; SkillsApp začne s prázdnými záznamy.</translation>
    </message>
    <message>
        <source>SkillsApp can put the damaged file aside (it is kept, not deleted) and bring back the newest automatic backup, then close; start it again afterwards. Do that now?</source>
        <translation>SkillsApp může poškozený soubor odložit (uschová se, nesmaže se), obnovit nejnovější automatickou zálohu a pak se zavřít; potom ho znovu spusťte. Udělat to teď?</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Trainer sign-in</source>
        <translation>Přihlášení lektora</translation>
    </message>
    <message>
        <source>No learners yet. A trainer can add them after signing in.</source>
        <translation>Zatím tu nejsou žádní účastníci. Lektor je může přidat, až se přihlásí.</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Vítá vás %1</translation>
    </message>
    <message>
        <source>Choose your name to start.</source>
        <translation>Pro začátek vyberte své jméno.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync state</source>
        <translation>Stav synchronizace</translation>
    </message>
    <message>
        <source>✓ Results sent</source>
        <translation>✓ Výsledky odeslány</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to send %n result(s)</source>
        <translation>
            <numerusform>%n výsledek čeká na odeslání</numerusform>
            <numerusform>%n výsledky čekají na odeslání</numerusform>
            <numerusform>%n výsledků čeká na odeslání</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: results are kept here</source>
        <translation>Bez připojení: výsledky zůstávají uložené tady</translation>
    </message>
    <message>
        <source>Sync problem: see Sync in the trainer&apos;s tools</source>
        <translation>Problém se synchronizací: viz Synchronizace v nástrojích lektora</translation>
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
        <translation>Klíč LRS</translation>
    </message>
    <message>
        <source>LRS secret</source>
        <translation>Tajný klíč LRS</translation>
    </message>
    <message>
        <source>Also on metered connections (mobile data)</source>
        <translation>I na měřených připojeních (mobilní data)</translation>
    </message>
    <message>
        <source>Answer of the LRS</source>
        <translation>Odpověď LRS</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Stav synchronizace</translation>
    </message>
    <message>
        <source>No LRS is set up</source>
        <translation>Není nastaven žádný LRS</translation>
    </message>
    <message>
        <source>Results the LRS refused</source>
        <translation>Výsledky, které LRS odmítl</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Vyzkoušet připojení</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizovat teď</translation>
    </message>
    <message>
        <source>Export a bundle (USB)…</source>
        <translation>Exportovat balíček (USB)…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Importovat balíček…</translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation>Vytisknout list pro obnovení…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF…</source>
        <translation>Uložit list pro obnovení jako PDF…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizace</translation>
    </message>
    <message>
        <source>Results are kept on this PC first and sent to the centre&apos;s record store (LRS) when there is a connection. Without one, use a bundle on a USB stick.</source>
        <translation>Výsledky se nejdřív ukládají na tomto počítači a při připojení se odešlou do úložiště záznamů centra (LRS). Bez připojení použijte balíček na USB flash disku.</translation>
    </message>
    <message>
        <source>Results the LRS refused:</source>
        <translation>Výsledky, které LRS odmítl:</translation>
    </message>
    <message>
        <source>Asking the LRS…</source>
        <translation>Dotaz na LRS…</translation>
    </message>
    <message>
        <source>Sending and receiving…</source>
        <translation>Odesílání a příjem…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Zápis balíčku…</translation>
    </message>
    <message>
        <source>Wrote %1 results to %2.</source>
        <translation>Zapsáno výsledků: %1 (soubor: %2).</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>Čtení balíčku…</translation>
    </message>
    <message>
        <source>Send and receive results by themselves when there is a connection</source>
        <translation>Odesílat a přijímat výsledky samy, když je připojení</translation>
    </message>
    <message>
        <source>Saved. Results stay on this PC until the LRS address, key and secret are all filled in.</source>
        <translation>Uloženo. Výsledky zůstanou na tomto počítači, dokud nevyplníte adresu, klíč i tajný klíč LRS.</translation>
    </message>
    <message>
        <source>Saved. Results are sent to the LRS whenever there is a connection.</source>
        <translation>Uloženo. Výsledky se odešlou do LRS, kdykoli bude připojení.</translation>
    </message>
    <message>
        <source>Saved. Results are sent only when you press Sync now.</source>
        <translation>Uloženo. Výsledky se odešlou, jen když stisknete Synchronizovat teď.</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Exportovat balíček</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importovat balíček</translation>
    </message>
    <message numerus="yes">
        <source>No LRS is set up on this PC, so results are not sent anywhere yet. They are kept safely on this PC: nothing is lost (%n result(s) so far). To send them to the centre&apos;s record store, type the LRS address, key and secret that your coordinator gives you, press Test connection, then Save. Without a connection, carry the results to another PC with Export a bundle (USB).</source>
        <translation>
            <numerusform>Na tomto počítači není nastaven žádný LRS, takže se výsledky zatím nikam neodesílají. Jsou bezpečně uložené na tomto počítači a nic se neztratí (zatím %n výsledek). Chcete-li je odeslat do úložiště výsledků centra, zadejte adresu, klíč a tajný klíč LRS, které vám dá koordinátor, stiskněte Vyzkoušet připojení a pak Uložit. Bez připojení přeneste výsledky na jiný počítač pomocí Exportovat balíček (USB).</numerusform>
            <numerusform>Na tomto počítači není nastaven žádný LRS, takže se výsledky zatím nikam neodesílají. Jsou bezpečně uložené na tomto počítači a nic se neztratí (zatím %n výsledky). Chcete-li je odeslat do úložiště výsledků centra, zadejte adresu, klíč a tajný klíč LRS, které vám dá koordinátor, stiskněte Vyzkoušet připojení a pak Uložit. Bez připojení přeneste výsledky na jiný počítač pomocí Exportovat balíček (USB).</numerusform>
            <numerusform>Na tomto počítači není nastaven žádný LRS, takže se výsledky zatím nikam neodesílají. Jsou bezpečně uložené na tomto počítači a nic se neztratí (zatím %n výsledků). Chcete-li je odeslat do úložiště výsledků centra, zadejte adresu, klíč a tajný klíč LRS, které vám dá koordinátor, stiskněte Vyzkoušet připojení a pak Uložit. Bez připojení přeneste výsledky na jiný počítač pomocí Exportovat balíček (USB).</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nikdy</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>Naposledy odesláno: %1</translation>
    </message>
    <message>
        <source>Last received: %1</source>
        <translation>Naposledy přijato: %1</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>Čeká na odeslání: %1</translation>
    </message>
    <message>
        <source>Results are sent only when you press Sync now.</source>
        <translation>Výsledky se odešlou, jen když stisknete Synchronizovat teď.</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Poslední problém: %1</translation>
    </message>
    <message>
        <source>Imported %1 new results of %2.</source>
        <translation>Importováno nových výsledků: %1 z %2.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Něco se nepovedlo: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2.</source>
        <translation>Odesláno: %1, přijato: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) refused by the LRS (listed below).</source>
        <translation>
            <numerusform>LRS odmítl %n výsledek (seznam níže).</numerusform>
            <numerusform>LRS odmítl %n výsledky (seznam níže).</numerusform>
            <numerusform>LRS odmítl %n výsledků (seznam níže).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>Your answer</source>
        <translation>Vaše odpověď</translation>
    </message>
</context>
<context>
    <name>TextSizeButtons</name>
    <message>
        <source>Smaller text</source>
        <translation>Menší písmo</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl and minus)</source>
        <translation>Menší písmo (Ctrl a minus)</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Větší písmo</translation>
    </message>
    <message>
        <source>Bigger text (Ctrl and plus)</source>
        <translation>Větší písmo (Ctrl a plus)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text size %1</source>
        <translation>Velikost písma %1</translation>
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
        <translation>Zatím ne</translation>
    </message>
    <message>
        <source>Observed level, 0 (not yet) to 8</source>
        <translation>Pozorovaná úroveň, 0 (zatím ne) až 8</translation>
    </message>
    <message>
        <source>Task you watched</source>
        <translation>Sledovaný úkol</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Day you watched the task</source>
        <translation>Den, kdy byl úkol sledován</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Uložit hodnocení</translation>
    </message>
    <message>
        <source>Self-assessed and trainer levels</source>
        <translation>Úrovně ze sebehodnocení a od lektora</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Sebehodnocení</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Lektor</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Ke kontrole</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Save profile as PDF</source>
        <translation>Uložit profil jako PDF</translation>
    </message>
    <message>
        <source>Save Europass text</source>
        <translation>Uložit text pro Europass</translation>
    </message>
    <message>
        <source>Save Open Badges</source>
        <translation>Uložit Open Badges</translation>
    </message>
    <message>
        <source>Observed level</source>
        <translation>Pozorovaná úroveň</translation>
    </message>
    <message>
        <source>Task watched</source>
        <translation>Sledovaný úkol</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Splněné kroky</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Den</translation>
    </message>
    <message>
        <source>Assess %1</source>
        <translation>Hodnocení: %1</translation>
    </message>
    <message>
        <source>Flagged rows differ by 2 levels or more.</source>
        <translation>Označené řádky se liší o 2 a více úrovní.</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>Bez kontrolního seznamu</translation>
    </message>
    <message>
        <source>Differs by 2 or more</source>
        <translation>Rozdíl 2 a více</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>zatím ne</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co se stalo</translation>
    </message>
    <message>
        <source>Saved: level %1 for %2.</source>
        <translation>Uloženo: úroveň %1 pro %2.</translation>
    </message>
    <message>
        <source>Saved: “not yet” for %1.</source>
        <translation>Uloženo: „zatím ne“ pro %1.</translation>
    </message>
</context>
<context>
    <name>TrainerConfirm</name>
    <message>
        <source>A trainer confirms</source>
        <translation>Potvrzení lektorem</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Lektor</translation>
    </message>
    <message>
        <source>Trainer&apos;s password</source>
        <translation>Heslo lektora</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>That password is not right. Please try again.</source>
        <translation>Heslo není správné. Zkuste to prosím znovu.</translation>
    </message>
</context>
<context>
    <name>TrainerCourses</name>
    <message>
        <source>Courses on this PC</source>
        <translation>Kurzy na tomto počítači</translation>
    </message>
    <message>
        <source>Import a course from a file…</source>
        <translation>Importovat kurz ze souboru…</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co se stalo</translation>
    </message>
    <message>
        <source>Courses come with SkillsApp. You can add new ones from a .zip file, for example from a USB stick. A file is checked before anything is installed.</source>
        <translation>Kurzy jsou součástí SkillsApp. Nové můžete přidat ze souboru .zip, například z USB flash disku. Soubor se před instalací nejdřív zkontroluje.</translation>
    </message>
    <message>
        <source>%1  ·  version %2  ·  %3</source>
        <translation>%1  ·  verze %2  ·  %3</translation>
    </message>
    <message>
        <source>Choose a course file</source>
        <translation>Vyberte soubor s kurzem</translation>
    </message>
    <message>
        <source>Course packs (*.zip)</source>
        <translation>Balíčky kurzů (*.zip)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Kontrola souboru…</translation>
    </message>
    <message>
        <source>Checking the course file…</source>
        <translation>Kontroluje se soubor kurzu…</translation>
    </message>
    <message>
        <source>Install this course?</source>
        <translation>Nainstalovat tento kurz?</translation>
    </message>
    <message>
        <source>%1
Version %2
Languages: %3

%4

Install it on this PC?</source>
        <translation>%1
Verze %2
Jazyky: %3

%4

Nainstalovat ho na tento počítač?</translation>
    </message>
    <message>
        <source>Nothing was installed.</source>
        <translation>Nic nebylo nainstalováno.</translation>
    </message>
    <message>
        <source>Installing the course…</source>
        <translation>Instaluje se kurz…</translation>
    </message>
    <message>
        <source>“%1” version %2 is installed. Residents find it among the courses now.</source>
        <translation>Kurz „%1“ verze %2 je nainstalován. Účastníci ho teď najdou mezi kurzy.</translation>
    </message>
    <message>
        <source>This course pack cannot be used, so nothing was installed. Please send it back to its author with this list:</source>
        <translation>Tento balíček kurzu nelze použít, proto nebylo nic nainstalováno. Pošlete ho prosím zpět autorovi i s tímto seznamem:</translation>
    </message>
    <message>
        <source>The file could not be read (%1). Nothing was installed.</source>
        <translation>Soubor se nepodařilo přečíst (%1). Nic nebylo nainstalováno.</translation>
    </message>
</context>
<context>
    <name>TrainerForm</name>
    <message>
        <source>New trainer</source>
        <translation>Nový lektor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Heslo znovu</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Heslo (alespoň 8 znaků)</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hesla se neshodují.</translation>
    </message>
</context>
<context>
    <name>TrainerHome</name>
    <message>
        <source>Dashboard</source>
        <translation>Přehled</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Účastníci</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Skupiny</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Zprávy</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurzy</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Lektoři</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizace</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Tento počítač</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Probíhá práce</translation>
    </message>
    <message>
        <source>%1 The other tabs wait until this is done.</source>
        <translation>%1 Ostatní karty počkají, dokud to neskončí.</translation>
    </message>
</context>
<context>
    <name>TrainerSignIn</name>
    <message>
        <source>Trainer</source>
        <translation>Lektor</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Přihlásit se</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Trainer sign-in</source>
        <translation>Přihlášení lektora</translation>
    </message>
    <message>
        <source>That password is not right. Please try again.</source>
        <translation>Heslo není správné. Zkuste to prosím znovu.</translation>
    </message>
</context>
<context>
    <name>TrainerWords</name>
    <message>
        <source>%1, %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>TrainersTab</name>
    <message>
        <source>Trainers</source>
        <translation>Lektoři</translation>
    </message>
    <message>
        <source>New trainer</source>
        <translation>Nový lektor</translation>
    </message>
    <message>
        <source>Close account</source>
        <translation>Zrušit účet</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co se stalo</translation>
    </message>
    <message>
        <source>Added the trainer account of %1. They sign in with their password.</source>
        <translation>Účet lektora %1 je přidán. Přihlašuje se svým heslem.</translation>
    </message>
    <message>
        <source>Closed the account of %1.</source>
        <translation>Účet %1 je uzavřen.</translation>
    </message>
</context>
<context>
    <name>UpdatingScreen</name>
    <message>
        <source>SkillsApp was updated and is bringing this PC&apos;s records up to date. This happens once; nothing is lost.</source>
        <translation>SkillsApp byl aktualizován a převádí záznamy tohoto počítače do nové podoby. Stane se to jen jednou; nic se neztratí.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Průběh</translation>
    </message>
    <message>
        <source>Updating the records</source>
        <translation>Aktualizace záznamů</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 z %2 záznamů</translation>
    </message>
</context>
<context>
    <name>WaitingScreen</name>
    <message>
        <source>The courses are being prepared. Your screen opens by itself in a moment.</source>
        <translation>Kurzy se připravují. Vaše obrazovka se za chvíli otevře sama.</translation>
    </message>
    <message>
        <source>Preparing the courses</source>
        <translation>Příprava kurzů</translation>
    </message>
    <message>
        <source>One moment, please</source>
        <translation>Chvilku strpení, prosím</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Column headings</source>
        <translation>Záhlaví sloupců</translation>
    </message>
    <message>
        <source>Row headings</source>
        <translation>Záhlaví řádků</translation>
    </message>
</context>
<context>
    <name>WorkProgress</name>
    <message>
        <source>Progress</source>
        <translation>Postup</translation>
    </message>
    <message>
        <source>Step 1 of 2: reading the bundle (%1 of %2 results)</source>
        <translation>Krok 1 ze 2: čtení balíčku (%1 z %2 výsledků)</translation>
    </message>
    <message>
        <source>Step 2 of 2: saving the results and updating everyone&apos;s progress</source>
        <translation>Krok 2 ze 2: ukládání výsledků a aktualizace postupu všech účastníků</translation>
    </message>
    <message>
        <source>Writing the bundle: %1 of %2 results</source>
        <translation>Zápis balíčku: %1 z %2 výsledků</translation>
    </message>
    <message>
        <source>Sending results to the LRS: %1 of %2</source>
        <translation>Odesílání výsledků do LRS: %1 z %2</translation>
    </message>
    <message>
        <source>Receiving results from the LRS: %1 so far</source>
        <translation>Příjem výsledků z LRS: zatím %1</translation>
    </message>
</context>
</TS>
