<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AssessmentResultScreen</name>
    <message>
        <source>Courses that help you with the next step:</source>
        <translation>Kursy, które pomogą w kolejnym kroku:</translation>
    </message>
    <message>
        <source>Start the course %1</source>
        <translation>Rozpocznij kurs %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>You have not done a self-assessment yet.</source>
        <translation>Nie masz jeszcze samooceny.</translation>
    </message>
    <message>
        <source>You are confident with %1.</source>
        <translation>Dobrze sobie radzisz: %1.</translation>
    </message>
    <message>
        <source>You have made a start, and that is what counts.</source>
        <translation>Pierwszy krok za tobą – i to się liczy.</translation>
    </message>
    <message>
        <source>%1 is the next step.</source>
        <translation>Następny krok: %1.</translation>
    </message>
    <message>
        <source>You know more about %1 than you thought.</source>
        <translation>W temacie „%1” wiesz więcej, niż się wydawało.</translation>
    </message>
    <message>
        <source>You can do more with %1 than you thought.</source>
        <translation>W temacie „%1” potrafisz więcej, niż się wydawało.</translation>
    </message>
    <message>
        <source>%1 is worth another look: a course can help you feel sure.</source>
        <translation>%1 – warto do tego wrócić: kurs pomoże ci nabrać pewności.</translation>
    </message>
    <message>
        <source>What you said of yourself, since last time:</source>
        <translation>Co mówisz o sobie, w porównaniu z poprzednim razem:</translation>
    </message>
    <message>
        <source>%1: %2 before, %3 now</source>
        <translation>%1: wcześniej %2, teraz %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>jeszcze nie</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>poziom %1</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign a course to %1</source>
        <translation>Przypisz kurs: %1</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Finish by a day</source>
        <translation>Ukończyć do określonego dnia</translation>
    </message>
    <message>
        <source>Day to finish by</source>
        <translation>Ukończyć do</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Przypisz</translation>
    </message>
</context>
<context>
    <name>CertificateList</name>
    <message>
        <source>What was saved</source>
        <translation>Co zostało zapisane</translation>
    </message>
    <message>
        <source>%1, finished on %2</source>
        <translation>%1, ukończono %2</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Print the certificate: %1</source>
        <translation>Wydrukuj certyfikat: %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Save the certificate as PDF: %1</source>
        <translation>Zapisz certyfikat jako PDF: %1</translation>
    </message>
</context>
<context>
    <name>CertificatePaper</name>
    <message>
        <source>Certificate – %1 – %2</source>
        <translation>Certyfikat – %1 – %2</translation>
    </message>
    <message>
        <source>%1 %2: level %3 (%4)</source>
        <translation>%1 %2: poziom %3 (%4)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certyfikat</translation>
    </message>
    <message>
        <source>This certificate is awarded to</source>
        <translation>Niniejszy certyfikat otrzymuje</translation>
    </message>
    <message>
        <source>for completing the course</source>
        <translation>za ukończenie kursu</translation>
    </message>
    <message>
        <source>Completed on %1</source>
        <translation>Data ukończenia: %1</translation>
    </message>
    <message>
        <source>Digital competences trained (%1)</source>
        <translation>Ćwiczone kompetencje cyfrowe (%1)</translation>
    </message>
    <message>
        <source>The centre can check this code in SkillsApp: Reports, “Check a certificate”.</source>
        <translation>Ośrodek może sprawdzić ten kod w SkillsApp: Raporty, „Sprawdź certyfikat”.</translation>
    </message>
    <message>
        <source>Check code: %1</source>
        <translation>Kod weryfikacyjny: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trener</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <source>My certificates</source>
        <translation>Moje certyfikaty</translation>
    </message>
    <message>
        <source>When you finish a course, its certificate appears here.</source>
        <translation>Po ukończeniu kursu pojawi się tutaj jego certyfikat.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wróć</translation>
    </message>
</context>
<context>
    <name>ChoiceInput</name>
    <message>
        <source>True</source>
        <translation>Prawda</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Fałsz</translation>
    </message>
    <message>
        <source>Choose every right answer.</source>
        <translation>Zaznacz wszystkie poprawne odpowiedzi.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 problem(s) and %2 warning(s) found.</source>
        <translation>Znalezione problemy: %1, ostrzeżenia: %2.</translation>
    </message>
    <message>
        <source>%1 results were refused by the LRS; a trainer can see why in the app.</source>
        <translation>LRS odrzucił wyniki (%1); prowadzący zobaczy w aplikacji dlaczego.</translation>
    </message>
    <message>
        <source>Centre key (from the centre&apos;s recovery sheet): </source>
        <translation>Klucz ośrodka (z karty odzyskiwania ośrodka): </translation>
    </message>
    <message>
        <source>Digital-skills training for community centres.</source>
        <translation>Nauka umiejętności cyfrowych dla ośrodków lokalnych.</translation>
    </message>
    <message>
        <source>Everything checked is fine.</source>
        <translation>Wszystko, co sprawdzono, jest w porządku.</translation>
    </message>
    <message>
        <source>Imported the bundle of %1: %2 new of %3 results.</source>
        <translation>Zaimportowano pakiet ośrodka %1: %2 nowych z %3 wyników.</translation>
    </message>
    <message>
        <source>Installed “%1” version %2.</source>
        <translation>Zainstalowano „%1”, wersja %2.</translation>
    </message>
    <message>
        <source>No LRS is set for this centre: set it in the trainer settings, or set SKILLSAPP_LRS_URL, SKILLSAPP_LRS_KEY and SKILLSAPP_LRS_SECRET.</source>
        <translation>Dla tego ośrodka nie ustawiono LRS: ustaw go w ustawieniach prowadzącego albo ustaw SKILLSAPP_LRS_URL, SKILLSAPP_LRS_KEY i SKILLSAPP_LRS_SECRET.</translation>
    </message>
    <message>
        <source>No centre key is set on this PC: learner profiles are not sent.</source>
        <translation>Na tym komputerze nie ma klucza ośrodka: profile uczestników nie są wysyłane.</translation>
    </message>
    <message>
        <source>No problems; %1 warning(s) worth a look.</source>
        <translation>Brak problemów; ostrzeżenia warte uwagi: %1.</translation>
    </message>
    <message>
        <source>No usable backup was found; SkillsApp will start with empty records.</source>
        <translation>Nie znaleziono żadnej użytecznej kopii zapasowej; SkillsApp uruchomi się z pustymi danymi.</translation>
    </message>
    <message>
        <source>On a PC that has no centre yet, the centre key is asked for (or read from SKILLSAPP_CENTRE_KEY).</source>
        <translation>Na komputerze, który nie należy jeszcze do żadnego ośrodka, pojawi się pytanie o klucz ośrodka (albo zostanie on odczytany z SKILLSAPP_CENTRE_KEY).</translation>
    </message>
    <message>
        <source>Reading the bundle: %1 of %2 results</source>
        <translation>Odczyt pakietu: %1 z %2 wyników</translation>
    </message>
    <message>
        <source>Receiving from the LRS: %1 results so far</source>
        <translation>Odbieranie z LRS: dotąd %1 wyników</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translation>Przywrócono kopię zapasową %1.</translation>
    </message>
    <message>
        <source>Saved the certificate as PDF: %1</source>
        <translation>Zapisano certyfikat jako PDF: %1</translation>
    </message>
    <message>
        <source>Saved the report as PDF: %1</source>
        <translation>Raport zapisano jako PDF: %1</translation>
    </message>
    <message>
        <source>Saved the table as CSV: %1</source>
        <translation>Tabelę zapisano jako CSV: %1</translation>
    </message>
    <message>
        <source>Saved the table for other programs as CSV: %1</source>
        <translation>Zapisano tabelę dla innych programów jako CSV: %1</translation>
    </message>
    <message>
        <source>Saving the results and updating progress: step %1 of %2</source>
        <translation>Zapisywanie wyników i aktualizacja postępów: krok %1 z %2</translation>
    </message>
    <message>
        <source>Sending to the LRS: %1 of %2 results</source>
        <translation>Wysyłanie do LRS: %1 z %2 wyników</translation>
    </message>
    <message>
        <source>Sent %1, received %2.</source>
        <translation>Wysłano %1, odebrano %2.</translation>
    </message>
    <message>
        <source>Sync is switched off in the trainer settings.</source>
        <translation>Synchronizacja jest wyłączona w ustawieniach prowadzącego.</translation>
    </message>
    <message>
        <source>The bundle could not be written to %1: %2.</source>
        <translation>Nie udało się zapisać pakietu w %1: %2.</translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>Poprzednia baza danych została zachowana jako %1.</translation>
    </message>
    <message>
        <source>There are no records in %1 yet.</source>
        <translation>W %1 nie ma jeszcze żadnych danych.</translation>
    </message>
    <message>
        <source>There is no database in %1; nothing to restore.</source>
        <translation>W %1 nie ma bazy danych; nie ma czego przywracać.</translation>
    </message>
    <message>
        <source>This PC has no centre yet. To join one, type the centre key from the recovery sheet when asked, or set SKILLSAPP_CENTRE_KEY.</source>
        <translation>Ten komputer nie należy jeszcze do żadnego ośrodka. Aby dołączyć, wpisz klucz ośrodka z karty odzyskiwania, gdy pojawi się pytanie, albo ustaw SKILLSAPP_CENTRE_KEY.</translation>
    </message>
    <message>
        <source>This PC has no centre yet; there is nothing to export.</source>
        <translation>Ten komputer nie należy jeszcze do żadnego ośrodka; nie ma czego eksportować.</translation>
    </message>
    <message>
        <source>This PC has not been set up for a centre yet.</source>
        <translation>Ten komputer nie jest jeszcze skonfigurowany dla żadnego ośrodka.</translation>
    </message>
    <message>
        <source>This PC now belongs to %1.</source>
        <translation>Ten komputer należy teraz do ośrodka %1.</translation>
    </message>
    <message>
        <source>Updating the records after an update: %1 of %2</source>
        <translation>Aktualizacja danych po aktualizacji programu: %1 z %2</translation>
    </message>
    <message>
        <source>Writing the bundle: %1 of %2 results</source>
        <translation>Zapisywanie pakietu: %1 z %2 wyników</translation>
    </message>
    <message>
        <source>Wrote %1 results of %2 to %3.</source>
        <translation>Zapisano %1 wyników ośrodka %2 w %3.</translation>
    </message>
    <message>
        <source>check course packs (folders or .zip), item banks and checklists</source>
        <translation>sprawdzić pakiety kursów (foldery lub .zip), banki stwierdzeń i listy kontrolne</translation>
    </message>
    <message>
        <source>check or import course packs</source>
        <translation>sprawdzić lub zaimportować pakiety kursów</translation>
    </message>
    <message>
        <source>check, offscreen and in a temporary folder, that the app works</source>
        <translation>sprawdzić bez ekranu, w folderze tymczasowym, czy aplikacja działa</translation>
    </message>
    <message>
        <source>export or import a sync bundle (USB)</source>
        <translation>wyeksportować lub zaimportować pakiet synchronizacji (USB)</translation>
    </message>
    <message>
        <source>first day, e.g. 2026-01-01</source>
        <translation>pierwszy dzień, np. 2026-01-01</translation>
    </message>
    <message>
        <source>install a course pack from a .zip</source>
        <translation>zainstalować pakiet kursu z pliku .zip</translation>
    </message>
    <message>
        <source>last day, e.g. 2026-06-30</source>
        <translation>ostatni dzień, np. 2026-06-30</translation>
    </message>
    <message>
        <source>merge a bundle FILE</source>
        <translation>scalić pakiet FILE</translation>
    </message>
    <message>
        <source>only results stored since this day (YYYY-MM-DD)</source>
        <translation>tylko wyniki zapisane od tego dnia (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>open the demo centre</source>
        <translation>otworzyć ośrodek demonstracyjny</translation>
    </message>
    <message>
        <source>put a damaged database aside and restore the newest automatic backup</source>
        <translation>odłożyć uszkodzoną bazę danych i przywrócić najnowszą automatyczną kopię zapasową</translation>
    </message>
    <message>
        <source>save the report as PDF here</source>
        <translation>zapisać tu raport jako PDF</translation>
    </message>
    <message>
        <source>save the table as the screen shows it (in the report&apos;s language) as CSV</source>
        <translation>zapisz tabelę jako CSV tak, jak pokazuje ją ekran (w języku raportu)</translation>
    </message>
    <message>
        <source>save the table for other programs (codes) as CSV here</source>
        <translation>zapisz tutaj tabelę dla innych programów (kody) jako CSV</translation>
    </message>
    <message>
        <source>the report&apos;s language (default: the centre&apos;s; for a certificate, the learner&apos;s)</source>
        <translation>język raportu (domyślnie: język ośrodka; dla certyfikatu: język uczestnika)</translation>
    </message>
    <message>
        <source>send and receive results with the centre&apos;s LRS once</source>
        <translation>jednorazowo wysłać i odebrać wyniki z LRS ośrodka</translation>
    </message>
    <message>
        <source>show a report, or save it as CSV or PDF</source>
        <translation>pokazać raport albo zapisać go jako CSV lub PDF</translation>
    </message>
    <message>
        <source>start, paint the first screen and exit (with --demo: create the demo first)</source>
        <translation>uruchomić, narysować pierwszy ekran i zakończyć (z --demo: najpierw utworzyć demo)</translation>
    </message>
    <message>
        <source>the course&apos;s id, for a certificate</source>
        <translation>identyfikator kursu, dla certyfikatu</translation>
    </message>
    <message>
        <source>the group&apos;s name</source>
        <translation>nazwa grupy</translation>
    </message>
    <message>
        <source>the learner&apos;s first name or id</source>
        <translation>imię lub identyfikator uczestnika</translation>
    </message>
    <message>
        <source>write the centre&apos;s results to FILE</source>
        <translation>zapisać wyniki ośrodka w FILE</translation>
    </message>
</context>
<context>
    <name>CompetenceChart</name>
    <message>
        <source>Your competence chart</source>
        <translation>Wykres twoich umiejętności</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message numerus="yes">
        <source>About %n minutes</source>
        <translation>
            <numerusform>Zajmie mniej więcej %n minutę</numerusform>
            <numerusform>Zajmie mniej więcej %n minuty</numerusform>
            <numerusform>Zajmie mniej więcej %n minut</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lessons</source>
        <translation>%1 z %2 lekcji</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>ukończony</translation>
    </message>
    <message>
        <source>%1 of %2 lessons done</source>
        <translation>ukończono %1 z %2 lekcji</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nierozpoczęty</translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message>
        <source>Start the course</source>
        <translation>Rozpocznij kurs</translation>
    </message>
    <message>
        <source>Read the first lesson again</source>
        <translation>Przeczytaj jeszcze raz pierwszą lekcję</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Kontynuuj</translation>
    </message>
    <message>
        <source>Back to my courses</source>
        <translation>Wróć do moich kursów</translation>
    </message>
    <message>
        <source>done</source>
        <translation>ukończona</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>jeszcze nieukończona</translation>
    </message>
    <message>
        <source>You finished this course. Well done!</source>
        <translation>Kurs ukończony. Brawo!</translation>
    </message>
    <message>
        <source>%1 of %2 lessons done.</source>
        <translation>Ukończono %1 z %2 lekcji.</translation>
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
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kursy</translation>
    </message>
    <message>
        <source>Competence areas</source>
        <translation>Obszary kompetencji</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>Learners and their progress</source>
        <translation>Uczestnicy i ich postępy</translation>
    </message>
    <message>
        <source>Latest sessions</source>
        <translation>Ostatnie sesje</translation>
    </message>
    <message>
        <source>No groups yet. Make one in the Groups tab.</source>
        <translation>Nie ma jeszcze grup. Utwórz grupę na karcie Grupy.</translation>
    </message>
    <message>
        <source>“!”: may need help (did not pass the same quiz 3 times, or no progress for 2 weeks). Press Enter or double-click a learner to open their page.</source>
        <translation>„!”: może potrzebować pomocy (3 razy nie zaliczył(a) tego samego quizu albo brak postępów od 2 tygodni). Naciśnij Enter lub kliknij dwukrotnie uczestnika, aby otworzyć jego stronę.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Days here (30 days)</source>
        <translation>Dni obecności (30 dni)</translation>
    </message>
    <message>
        <source>may need help</source>
        <translation>może potrzebować pomocy</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>jeszcze nie</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>poziom %1</translation>
    </message>
    <message>
        <source>%1 learners; %2 may need help.</source>
        <translation>Uczestników: %1; pomocy może potrzebować: %2.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>did not sign out</source>
        <translation>bez wylogowania</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ ukończono</translation>
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
            <numerusform>%n raz nie zaliczył(a) quizu</numerusform>
            <numerusform>%n razy nie zaliczył(a) quizu</numerusform>
            <numerusform>%n razy nie zaliczył(a) quizu</numerusform>
        </translation>
    </message>
    <message>
        <source>no progress for 2 weeks</source>
        <translation>brak postępów od 2 tygodni</translation>
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
        <translation>Kalibracja: samoocena i dowody</translation>
    </message>
    <message>
        <source>Your levels, and what they rest on</source>
        <translation>Twoje poziomy i na czym się opierają</translation>
    </message>
    <message>
        <source>%1 (course quizzes)</source>
        <translation>%1 (quizy kursów)</translation>
    </message>
    <message>
        <source>Said</source>
        <translation>Deklaruje</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>Zrobił(a)</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Zaobserwowano</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Wniosek</translation>
    </message>
    <message>
        <source>You said</source>
        <translation>Twoja ocena</translation>
    </message>
    <message>
        <source>The questions showed</source>
        <translation>Pytania pokazały</translation>
    </message>
    <message>
        <source>Practice showed</source>
        <translation>Ćwiczenia pokazały</translation>
    </message>
    <message>
        <source>Your trainer saw</source>
        <translation>Prowadzący widział</translation>
    </message>
    <message>
        <source>Your level</source>
        <translation>Twój poziom</translation>
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
        <translation>porozmawiajcie</translation>
    </message>
    <message>
        <source>%1 below</source>
        <translation>o %1 niżej</translation>
    </message>
    <message>
        <source>%1 above</source>
        <translation>o %1 wyżej</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>jeszcze nie</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>poziom %1</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Add %1 to a group</source>
        <translation>Dodaj do grupy: %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>No groups yet. Make one in the Groups tab.</source>
        <translation>Nie ma jeszcze grup. Utwórz grupę w zakładce Grupy.</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nowa grupa</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Nazwa grupy</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>Courses for this group</source>
        <translation>Kursy dla tej grupy</translation>
    </message>
    <message>
        <source>Finish the courses by</source>
        <translation>Ukończyć kursy do</translation>
    </message>
    <message>
        <source>Day to finish by</source>
        <translation>Ukończyć do</translation>
    </message>
    <message>
        <source>Made the group “%1”. Now choose its members and courses.</source>
        <translation>Utworzono grupę „%1”. Teraz wybierz jej uczestników i kursy.</translation>
    </message>
    <message>
        <source>Archived the group “%1”.</source>
        <translation>Zarchiwizowano grupę „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n uczestnik</numerusform>
            <numerusform>%n uczestników</numerusform>
            <numerusform>%n uczestników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n kurs</numerusform>
            <numerusform>%n kursy</numerusform>
            <numerusform>%n kursów</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the group “%1”: %2, %3, to finish by %4.</source>
        <translation>Zapisano grupę „%1”: %2, %3, do ukończenia do %4.</translation>
    </message>
    <message>
        <source>Saved the group “%1”: %2, %3.</source>
        <translation>Zapisano grupę „%1”: %2, %3.</translation>
    </message>
    <message>
        <source>Archive this group</source>
        <translation>Zarchiwizuj tę grupę</translation>
    </message>
    <message>
        <source>Save the group</source>
        <translation>Zapisz grupę</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co zostało zrobione</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kursy</translation>
    </message>
    <message>
        <source>A group&apos;s courses are assigned to every member; they see them first.</source>
        <translation>Kursy grupy są przypisywane wszystkim jej członkom i pokazują się im na początku listy.</translation>
    </message>
</context>
<context>
    <name>JoinCentre</name>
    <message>
        <source>LRS address</source>
        <translation>Adres LRS</translation>
    </message>
    <message>
        <source>LRS key</source>
        <translation>Klucz LRS</translation>
    </message>
    <message>
        <source>LRS secret</source>
        <translation>Tajny klucz LRS</translation>
    </message>
    <message>
        <source>Centre key</source>
        <translation>Klucz ośrodka</translation>
    </message>
    <message>
        <source>from the centre&apos;s recovery sheet</source>
        <translation>z arkusza odzyskiwania ośrodka</translation>
    </message>
    <message>
        <source>Join through the LRS</source>
        <translation>Dołącz przez LRS</translation>
    </message>
    <message>
        <source>Join from a bundle file…</source>
        <translation>Dołącz z pliku paczki…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wróć</translation>
    </message>
    <message>
        <source>Join an existing centre</source>
        <translation>Dołącz do istniejącego ośrodka</translation>
    </message>
    <message>
        <source>This PC gets the centre&apos;s learners and all their results. Type the centre key from the recovery sheet, then the centre&apos;s LRS details, or use a bundle file another PC of the centre saved on a USB stick.</source>
        <translation>Ten komputer otrzyma uczestników ośrodka i wszystkie ich wyniki. Wpisz klucz ośrodka z arkusza odzyskiwania, a potem dane LRS ośrodka. Możesz też użyć pliku paczki, który inny komputer ośrodka zapisał na pendrivie.</translation>
    </message>
    <message>
        <source>Please fill in the centre key and all LRS details.</source>
        <translation>Wpisz klucz ośrodka i wszystkie dane LRS.</translation>
    </message>
    <message>
        <source>Choose the bundle file</source>
        <translation>Wybierz plik paczki</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>Paczki (*.zip)</translation>
    </message>
    <message>
        <source>Please type the centre key first.</source>
        <translation>Najpierw wpisz klucz ośrodka.</translation>
    </message>
    <message>
        <source>Joining the centre… this can take a few minutes.</source>
        <translation>Dołączanie do ośrodka… To może potrwać kilka minut.</translation>
    </message>
    <message>
        <source>Joining failed: %1</source>
        <translation>Nie udało się dołączyć: %1</translation>
    </message>
</context>
<context>
    <name>LearnerCertificates</name>
    <message>
        <source>Certificates of %1</source>
        <translation>Certyfikaty: %1</translation>
    </message>
    <message>
        <source>%1 has not finished a course yet.</source>
        <translation>Brak ukończonych kursów: %1.</translation>
    </message>
    <message>
        <source>Certificates are printed in the learner&apos;s language: %1.</source>
        <translation>Certyfikaty są drukowane w języku uczestnika: %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>LearnerCompetences</name>
    <message>
        <source>Only where self-rating and evidence disagree</source>
        <translation>Tylko tam, gdzie samoocena i dowody się różnią</translation>
    </message>
    <message>
        <source>The level concluded rests on the strongest evidence: observed, then did, then known (questions and course quizzes), then said.</source>
        <translation>Wniosek opiera się na najmocniejszym dowodzie: zaobserwowano, potem zrobił(a), potem wie (pytania i quizy kursów), potem deklaruje.</translation>
    </message>
</context>
<context>
    <name>LearnerForm</name>
    <message>
        <source>New learner</source>
        <translation>Nowy uczestnik</translation>
    </message>
    <message>
        <source>Edit learner</source>
        <translation>Edytuj uczestnika</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>4 to 6 numbers, or leave empty for no PIN</source>
        <translation>Od 4 do 6 cyfr albo zostaw puste (bez PIN-u)</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN</source>
        <translation>Zostaw puste, aby zachować obecny PIN</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Usuń PIN</translation>
    </message>
    <message>
        <source>Colour of the tile</source>
        <translation>Kolor kafelka</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Kolor %1</translation>
    </message>
    <message>
        <source>Picture on the tile</source>
        <translation>Obrazek na kafelku</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Gender (optional)</source>
        <translation>Płeć (opcjonalnie)</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Wolę nie podawać</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Kobieta</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Mężczyzna</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>Inna</translation>
    </message>
    <message>
        <source>Age (optional)</source>
        <translation>Wiek (opcjonalnie)</translation>
    </message>
    <message>
        <source>Agrees that the centre keeps their learning records (needed)</source>
        <translation>Zgoda na przechowywanie przez ośrodek danych o nauce (wymagana)</translation>
    </message>
    <message>
        <source>Agrees that their results are counted, without their name, by the programme</source>
        <translation>Zgoda na uwzględnianie wyników w statystykach programu, bez imienia</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kolor</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Obrazek</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <source>First letter</source>
        <translation>Pierwsza litera</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Słońce</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Gwiazda</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Serce</translation>
    </message>
    <message>
        <source>Flower</source>
        <translation>Kwiat</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>Music note</source>
        <translation>Nuta</translation>
    </message>
    <message>
        <source>Snowflake</source>
        <translation>Płatek śniegu</translation>
    </message>
    <message>
        <source>Umbrella</source>
        <translation>Parasol</translation>
    </message>
</context>
<context>
    <name>LearnerPage</name>
    <message>
        <source>Quiz answers</source>
        <translation>Odpowiedzi w quizach</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kursy</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Kompetencje</translation>
    </message>
    <message>
        <source>Record an observed level…</source>
        <translation>Zapisz zaobserwowany poziom…</translation>
    </message>
    <message>
        <source>Assign a course…</source>
        <translation>Przypisz kurs…</translation>
    </message>
    <message>
        <source>Export this learner&apos;s data…</source>
        <translation>Eksportuj dane uczestnika…</translation>
    </message>
    <message>
        <source>Erase this learner&apos;s data…</source>
        <translation>Usuń dane uczestnika…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wróć</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Lessons finished</source>
        <translation>Ukończone lekcje</translation>
    </message>
    <message>
        <source>Finish by</source>
        <translation>Ukończyć do</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Rozpoczęto</translation>
    </message>
    <message>
        <source>Quizzes not passed</source>
        <translation>Niezaliczone quizy</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co zostało zrobione</translation>
    </message>
    <message>
        <source>Add to a group…</source>
        <translation>Dodaj do grupy…</translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation>Certyfikaty…</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Grupy: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>No courses assigned or started yet.</source>
        <translation>Nie ma jeszcze przypisanych ani rozpoczętych kursów.</translation>
    </message>
    <message>
        <source>Time spent learning at the centre: %1 hours.</source>
        <translation>Czas nauki w centrum: %1 godz.</translation>
    </message>
    <message>
        <source>Finished on %1</source>
        <translation>Ukończono %1</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>W trakcie nauki</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Jeszcze nie rozpoczęto</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Prawda</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Fałsz</translation>
    </message>
    <message>
        <source>%1 · quiz of “%2” · %3</source>
        <translation>%1 · quiz do lekcji „%2” · %3</translation>
    </message>
    <message>
        <source>No quiz answers yet.</source>
        <translation>Nie ma jeszcze odpowiedzi w quizach.</translation>
    </message>
    <message>
        <source>right (try %1)</source>
        <translation>dobrze (próba %1)</translation>
    </message>
    <message>
        <source>not right (try %1)</source>
        <translation>źle (próba %1)</translation>
    </message>
    <message>
        <source>%1 of %2 right the first time</source>
        <translation>%1 z %2 dobrze za pierwszym razem</translation>
    </message>
    <message>
        <source>Was registered at the centre</source>
        <translation>Zapisano do centrum</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Zalogował(a) się</translation>
    </message>
    <message>
        <source>Was signed out after a while without activity</source>
        <translation>Wylogowano po pewnym czasie bez aktywności</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Wylogował(a) się</translation>
    </message>
    <message>
        <source>Opened the lesson “%1”</source>
        <translation>Otworzył(a) lekcję „%1”</translation>
    </message>
    <message>
        <source>Finished the lesson “%1”</source>
        <translation>Ukończył(a) lekcję „%1”</translation>
    </message>
    <message>
        <source>Finished the course “%1”</source>
        <translation>Ukończył(a) kurs „%1”</translation>
    </message>
    <message>
        <source>Passed the quiz of “%1”</source>
        <translation>Zaliczył(a) quiz do lekcji „%1”</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Did not pass the quiz of “%1” yet</source>
        <translation>Jeszcze nie zaliczył(a) quizu do lekcji „%1”</translation>
    </message>
    <message>
        <source>Started a quick self-check: %1</source>
        <translation>Rozpoczął(-ęła) szybką samoocenę: %1</translation>
    </message>
    <message>
        <source>Started the full self-check</source>
        <translation>Rozpoczął(-ęła) pełną samoocenę</translation>
    </message>
    <message>
        <source>Finished a quick self-check: %1</source>
        <translation>Ukończył(a) szybką samoocenę: %1</translation>
    </message>
    <message>
        <source>Finished the full self-check</source>
        <translation>Ukończył(a) pełną samoocenę</translation>
    </message>
    <message>
        <source>Answered %1 of %2 knowledge questions of the self-check right</source>
        <translation>Poprawnie odpowiedział(a) na %1 z %2 pytań sprawdzających wiedzę w samoocenie</translation>
    </message>
    <message>
        <source>A trainer watched “%1” and recorded “not yet”</source>
        <translation>Prowadzący obserwował „%1” i zapisał „jeszcze nie”</translation>
    </message>
    <message>
        <source>A trainer watched “%1” and recorded level %2</source>
        <translation>Trener obserwował „%1” i zapisał poziom %2</translation>
    </message>
    <message>
        <source>Answered a question in the quiz of “%1”</source>
        <translation>Odpowiedział(a) na pytanie w quizie do lekcji „%1”</translation>
    </message>
    <message>
        <source>Answered a statement of the self-check</source>
        <translation>Odpowiedział(a) na stwierdzenie w samoocenie</translation>
    </message>
    <message>
        <source>Something a newer SkillsApp recorded (%1)</source>
        <translation>Coś, co zapisała nowsza wersja SkillsApp (%1)</translation>
    </message>
    <message>
        <source>Assigned “%1” to %2, to finish by %3.</source>
        <translation>Przypisano kurs „%1”: %2, do ukończenia do %3.</translation>
    </message>
    <message>
        <source>Assigned “%1” to %2.</source>
        <translation>Przypisano kurs „%1”: %2.</translation>
    </message>
    <message>
        <source>%1 is now in the group “%2”.</source>
        <translation>%1 jest teraz w grupie „%2”.</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Wybierz, gdzie zapisać</translation>
    </message>
    <message>
        <source>Data about %1</source>
        <translation>Dane: %1</translation>
    </message>
    <message>
        <source>What is kept</source>
        <translation>Co jest przechowywane</translation>
    </message>
    <message>
        <source>What this PC holds</source>
        <translation>Co jest na tym komputerze</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nic nie zostało zapisane: %1</translation>
    </message>
    <message>
        <source>Saved %1&apos;s data in %2: %3 and %4.</source>
        <translation>Zapisano dane uczestnika %1 w %2: %3 i %4.</translation>
    </message>
    <message>
        <source>Erase this learner&apos;s data?</source>
        <translation>Usunąć dane uczestnika?</translation>
    </message>
    <message>
        <source>This removes %1&apos;s profile and every learning record from this PC and the centre&apos;s other PCs. It cannot be undone.

%2</source>
        <translation>Profil uczestnika %1 i wszystkie zapisy o nauce zostaną usunięte z tego komputera i z pozostałych komputerów ośrodka. Tego nie da się cofnąć.

%2</translation>
    </message>
</context>
<context>
    <name>LearnerTile</name>
    <message>
        <source>Sign in as %1</source>
        <translation>Zaloguj się jako %1</translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <source>Learners</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
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
        <translation>Pokaż uczestników z archiwum</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Nowy uczestnik</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Open the learner&apos;s page</source>
        <translation>Otwórz stronę uczestnika</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Zarchiwizuj</translation>
    </message>
    <message>
        <source>Unlock PIN</source>
        <translation>Odblokuj PIN</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co zostało zrobione</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>w archiwum</translation>
    </message>
    <message>
        <source>locked (too many wrong PINs)</source>
        <translation>blokada (zbyt wiele błędnych PIN-ów)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktywny</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Added %1. Their tile is on the start screen of this PC.</source>
        <translation>Dodano: %1. Kafelek jest na ekranie startowym tego komputera.</translation>
    </message>
    <message>
        <source>Saved the changes to %1&apos;s profile.</source>
        <translation>Zapisano zmiany w profilu: %1.</translation>
    </message>
    <message>
        <source>Restored %1: their tile is back on the start screen.</source>
        <translation>Przywrócono: %1. Kafelek jest znów na ekranie startowym.</translation>
    </message>
    <message>
        <source>Archived %1: their tile is gone and their records are kept.</source>
        <translation>Zarchiwizowano: %1. Kafelek zniknął, zapisy zostają.</translation>
    </message>
    <message>
        <source>%1 can sign in with their PIN again.</source>
        <translation>%1 może znów zalogować się kodem PIN.</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Lesson text</source>
        <translation>Tekst lekcji</translation>
    </message>
    <message>
        <source>Check what I learned</source>
        <translation>Sprawdź swoją wiedzę</translation>
    </message>
    <message>
        <source>I have finished this lesson</source>
        <translation>Mam tę lekcję za sobą</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Wróć do kursu</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Przeczytaj na głos</translation>
    </message>
    <message>
        <source>%1 · Lesson %2 of %3</source>
        <translation>%1 · Lekcja %2 z %3</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Zatrzymaj czytanie</translation>
    </message>
    <message>
        <source>Links are switched off</source>
        <translation>Linki są wyłączone</translation>
    </message>
    <message>
        <source>Opening web pages from lessons is switched off on this PC.</source>
        <translation>Otwieranie stron internetowych z lekcji jest na tym komputerze wyłączone.</translation>
    </message>
    <message>
        <source>Open a web page?</source>
        <translation>Otworzyć stronę internetową?</translation>
    </message>
    <message>
        <source>This link opens a web page outside SkillsApp, in your web browser:

%1

Do you want to open it?</source>
        <translation>Ten link otwiera stronę internetową poza SkillsApp, w przeglądarce:

%1

Czy chcesz ją otworzyć?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Finish</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Finish and sign out</source>
        <translation>Zakończ i wyloguj się</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Nadal tu jestem</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Wyloguj się</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? You will be signed out in %n seconds to keep your work private.</source>
        <translation>
            <numerusform>Czy nadal tu jesteś? Za %n sekundę nastąpi wylogowanie, aby twoja praca pozostała prywatna.</numerusform>
            <numerusform>Czy nadal tu jesteś? Za %n sekundy nastąpi wylogowanie, aby twoja praca pozostała prywatna.</numerusform>
            <numerusform>Czy nadal tu jesteś? Za %n sekund nastąpi wylogowanie, aby twoja praca pozostała prywatna.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchInput</name>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>What goes with “%1”</source>
        <translation>Co pasuje do „%1”</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>A PIN is {low} to {high} numbers, for example 4 8 1 5.</source>
        <translation>PIN musi mieć od {low} do {high} cyfr, na przykład 4 8 1 5.</translation>
    </message>
    <message>
        <source>A learner&apos;s record</source>
        <translation>Karta uczestnika</translation>
    </message>
    <message>
        <source>A web page answered instead of the LRS (a Wi-Fi sign-in page or a wrong address?).</source>
        <translation>Zamiast LRS odpowiedziała strona internetowa (strona logowania do Wi-Fi albo błędny adres?).</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Zaawansowany</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Grupa wiekowa</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Ogółem</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Wszyscy uczestnicy</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>Inna</translation>
    </message>
    <message>
        <source>Attendance counts the days from {day} on.</source>
        <translation>Obecność liczona od {day}.</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Podstawowy</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ukończono</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Połączono</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Podział według</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Courses completed</source>
        <translation>Ukończone kursy</translation>
    </message>
    <message>
        <source>Days present in the last 30 days</source>
        <translation>Dni obecności w ostatnich 30 dniach</translation>
    </message>
    <message>
        <source>DigComp area</source>
        <translation>Obszar DigComp</translation>
    </message>
    <message>
        <source>DigComp levels by area</source>
        <translation>Poziomy DigComp według obszarów</translation>
    </message>
    <message>
        <source>DigComp levels by area from {start} to {end}</source>
        <translation>Poziomy DigComp według obszarów od {start} do {end}</translation>
    </message>
    <message>
        <source>DigComp version {version} is not known.</source>
        <translation>Wersja DigComp {version} jest nieznana.</translation>
    </message>
    <message>
        <source>Every statement has been answered.</source>
        <translation>Wszystkie stwierdzenia mają już odpowiedź.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Dane</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Podstawowy</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Group progress</source>
        <translation>Postępy grupy</translation>
    </message>
    <message>
        <source>Highly advanced</source>
        <translation>Bardzo zaawansowany</translation>
    </message>
    <message>
        <source>Highly specialised</source>
        <translation>Wysoce specjalistyczny</translation>
    </message>
    <message>
        <source>Hours of learning</source>
        <translation>Godziny nauki</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Średnio zaawansowany</translation>
    </message>
    <message>
        <source>Latest self-check</source>
        <translation>Ostatnia samoocena</translation>
    </message>
    <message>
        <source>Latest self-check, DigCompSat bands</source>
        <translation>Ostatnia samoocena, przedziały DigCompSat</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Learning record of {name}</source>
        <translation>Karta uczestnika: {name}</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lekcje</translation>
    </message>
    <message>
        <source>Lessons done</source>
        <translation>Ukończone lekcje</translation>
    </message>
    <message>
        <source>Level gain, observed by a trainer</source>
        <translation>Wzrost poziomu, oceniony przez trenera</translation>
    </message>
    <message>
        <source>Level gain, self-assessed</source>
        <translation>Wzrost poziomu, samoocena</translation>
    </message>
    <message>
        <source>Level gains: latest minus first level in the period, averaged over the learners assessed at least twice; the column “Learners” says how many.</source>
        <translation>Wzrost poziomu: ostatni minus pierwszy poziom w okresie, średnio dla uczestników ocenionych co najmniej dwa razy; kolumna „Uczestnicy” podaje ich liczbę.</translation>
    </message>
    <message>
        <source>Levels from the self-checks finished in the period. “Latest self-check”: each learner&apos;s latest level in the area. The first and latest self-check are compared for the learners who did two or more in the period (pre/post).</source>
        <translation>Poziomy z samoocen ukończonych w okresie. „Ostatnia samoocena”: ostatni poziom każdego uczestnika w obszarze. Pierwszą i ostatnią samoocenę porównuje się u uczestników, którzy wykonali w okresie dwie lub więcej (przed/po).</translation>
    </message>
    <message>
        <source>May need help</source>
        <translation>Może potrzebować pomocy</translation>
    </message>
    <message>
        <source>Mean level</source>
        <translation>Średni poziom</translation>
    </message>
    <message>
        <source>Mean self-check score, % (DigCompSat)</source>
        <translation>Średni wynik samooceny, % (DigCompSat)</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Mężczyźni</translation>
    </message>
    <message>
        <source>No centre in this LRS account opens with this centre key. Please check the key on the centre&apos;s recovery sheet, and the LRS key and secret.</source>
        <translation>Tym kluczem ośrodka nie da się otworzyć żadnego ośrodka na tym koncie LRS. Sprawdź klucz na arkuszu odzyskiwania ośrodka oraz klucz i tajny klucz LRS.</translation>
    </message>
    <message>
        <source>No printer is set up on this PC. Save the PDF instead and print it elsewhere, or ask whoever looks after this PC to add a printer.</source>
        <translation>Na tym komputerze nie ma skonfigurowanej drukarki. Zapisz plik PDF i wydrukuj go gdzie indziej albo poproś osobę, która opiekuje się tym komputerem, o dodanie drukarki.</translation>
    </message>
    <message>
        <source>No progress for 2 weeks</source>
        <translation>Brak postępów od 2 tygodni</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nierozpoczęty</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Jeszcze nie</translation>
    </message>
    <message>
        <source>Only a trainer of this centre can record an assessment.</source>
        <translation>Ocenę może zapisać tylko trener tego ośrodka.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy w okresie</translation>
    </message>
    <message>
        <source>Participants: learners who signed in or learned on at least one day of the period.</source>
        <translation>Uczestnicy w okresie: osoby, które co najmniej jednego dnia w okresie zalogowały się lub się uczyły.</translation>
    </message>
    <message>
        <source>Please answer every statement before finishing.</source>
        <translation>Zanim skończysz, odpowiedz na wszystkie stwierdzenia.</translation>
    </message>
    <message>
        <source>Please choose a period between {earliest} and the end of next year.</source>
        <translation>Wybierz okres od {earliest} do końca przyszłego roku.</translation>
    </message>
    <message>
        <source>Please choose one of the answers.</source>
        <translation>Wybierz jedną z odpowiedzi.</translation>
    </message>
    <message>
        <source>Please choose one of the five areas for the quick check.</source>
        <translation>Wybierz jeden z pięciu obszarów do szybkiego sprawdzenia.</translation>
    </message>
    <message>
        <source>Please choose one of the four answers.</source>
        <translation>Wybierz jedną z czterech odpowiedzi.</translation>
    </message>
    <message>
        <source>Please choose one of the offered colours.</source>
        <translation>Wybierz jeden z dostępnych kolorów.</translation>
    </message>
    <message>
        <source>Please choose one of the offered languages.</source>
        <translation>Wybierz jeden z dostępnych języków.</translation>
    </message>
    <message>
        <source>Please choose one of the offered pictures.</source>
        <translation>Wybierz jeden z dostępnych obrazków.</translation>
    </message>
    <message>
        <source>Please choose the quick check or the full check.</source>
        <translation>Wybierz szybkie albo pełne sprawdzenie.</translation>
    </message>
    <message>
        <source>Please choose the task you watched before ticking its steps.</source>
        <translation>Najpierw wybierz obserwowane zadanie, a potem zaznacz jego kroki.</translation>
    </message>
    <message>
        <source>Please give dates as year-month-day, for example 2026-03-31.</source>
        <translation>Podawaj daty w formacie rok-miesiąc-dzień, na przykład 2026-03-31.</translation>
    </message>
    <message>
        <source>Please give the course&apos;s id, for example --course email-basics.</source>
        <translation>Podaj identyfikator kursu, na przykład --course email-basics.</translation>
    </message>
    <message>
        <source>Please give the due date as a day, for example 2026-05-31.</source>
        <translation>Podaj termin jako dzień, na przykład 2026-05-31.</translation>
    </message>
    <message>
        <source>Please give the period: its first and its last day.</source>
        <translation>Podaj okres: jego pierwszy i ostatni dzień.</translation>
    </message>
    <message>
        <source>Please keep the note under {limit} characters.</source>
        <translation>Skróć notatkę. Maksymalna liczba znaków: {limit}.</translation>
    </message>
    <message>
        <source>Please put the key and secret in their own boxes, not in the address.</source>
        <translation>Wpisz klucz i tajny klucz w osobne pola, a nie w adres.</translation>
    </message>
    <message>
        <source>Please set the LRS address, key and secret first.</source>
        <translation>Najpierw ustaw adres, klucz i tajny klucz LRS.</translation>
    </message>
    <message>
        <source>Please set the centre key first (trainer settings, Sync).</source>
        <translation>Najpierw ustaw klucz ośrodka (ustawienia trenera, Synchronizacja).</translation>
    </message>
    <message>
        <source>Please type a {field}.</source>
        <translation>Uzupełnij pole: {field}.</translation>
    </message>
    <message>
        <source>Please type the LRS key and secret.</source>
        <translation>Wpisz klucz i tajny klucz LRS.</translation>
    </message>
    <message>
        <source>Please type the centre key to set up this PC from the bundle.</source>
        <translation>Wpisz klucz ośrodka, aby przygotować ten komputer z paczki.</translation>
    </message>
    <message>
        <source>Post: latest self-check (of those with two or more)</source>
        <translation>Po: ostatnia samoocena (u osób z co najmniej dwiema)</translation>
    </message>
    <message>
        <source>Pre/post: too few to report</source>
        <translation>Przed/po: zbyt mało, by podać dane</translation>
    </message>
    <message>
        <source>Pre: first self-check (of those with two or more)</source>
        <translation>Przed: pierwsza samoocena (u osób z co najmniej dwiema)</translation>
    </message>
    <message>
        <source>Programme indicators</source>
        <translation>Wskaźniki programu</translation>
    </message>
    <message>
        <source>Programme indicators from {start} to {end}</source>
        <translation>Wskaźniki programu od {start} do {end}</translation>
    </message>
    <message>
        <source>Progress of the group {name}</source>
        <translation>Postępy grupy {name}</translation>
    </message>
    <message>
        <source>Quiz not passed after {count} tries</source>
        <translation>Quiz niezaliczony po {count} próbach</translation>
    </message>
    <message>
        <source>Quiz tries</source>
        <translation>Próby quizów</translation>
    </message>
    <message>
        <source>Quiz tries not passed</source>
        <translation>Próby niezaliczone</translation>
    </message>
    <message>
        <source>Self-check score as DigCompSat counts it: the mean of the answers&apos; points in the area, as a percentage. Its bands: Low 0–29 % (counted under “Not yet”), Foundation 30–47 %, Intermediate 48–80 %, Advanced 81–100 %.</source>
        <translation>Wynik samooceny według DigCompSat: średnia punktów odpowiedzi w obszarze, w procentach. Jego przedziały: Niski 0–29% (liczony jako „Jeszcze nie”), Podstawowy 30–47%, Średnio zaawansowany 48–80%, Zaawansowany 81–100%.</translation>
    </message>
    <message>
        <source>SkillsApp cannot save in its data folder ({folder}) because it is read-only. Please ask whoever looks after this PC to allow writing there, or set SKILLSAPP_HOME to a folder that can be written. Nothing has been changed.</source>
        <translation>SkillsApp nie może zapisywać w swoim folderze danych ({folder}), bo jest on tylko do odczytu. Poproś osobę, która opiekuje się tym komputerem, o zezwolenie na zapis, albo ustaw SKILLSAPP_HOME na folder, w którym można zapisywać. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>SkillsApp cannot use its data folder ({folder}): {reason}. Please check that the folder exists and can be written, or set SKILLSAPP_HOME to another folder. Nothing has been changed.</source>
        <translation>SkillsApp nie może użyć swojego folderu danych ({folder}): {reason}. Sprawdź, czy folder istnieje i czy można w nim zapisywać, albo ustaw SKILLSAPP_HOME na inny folder. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>So that nobody can be singled out, figures about fewer than {least} learners are not shown: “Too few to report”.</source>
        <translation>Aby nikogo nie dało się rozpoznać, danych o mniej niż {least} uczestnikach się nie pokazuje: „Zbyt mało, by podać dane”.</translation>
    </message>
    <message>
        <source>Some members of this group are not learners of the centre ({count}).</source>
        <translation>Niektórzy członkowie tej grupy nie są uczestnikami ośrodka ({count}).</translation>
    </message>
    <message>
        <source>Some results could not be confirmed ({count}); they will be sent again.</source>
        <translation>Nie udało się potwierdzić niektórych wyników ({count}); zostaną wysłane ponownie.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Rozpoczęto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Text size must be between 100% and 200%.</source>
        <translation>Rozmiar tekstu musi wynosić od 100% do 200%.</translation>
    </message>
    <message>
        <source>That course is not on this PC.</source>
        <translation>Tego kursu nie ma na tym komputerze.</translation>
    </message>
    <message>
        <source>That task is not in the list of tasks.</source>
        <translation>Tego zadania nie ma na liście zadań.</translation>
    </message>
    <message>
        <source>That task shows a different competence.</source>
        <translation>To zadanie dotyczy innej kompetencji.</translation>
    </message>
    <message>
        <source>The LRS address must start with https:// so that results travel safely.</source>
        <translation>Adres LRS musi zaczynać się od https://, aby wyniki były przesyłane bezpiecznie.</translation>
    </message>
    <message>
        <source>The LRS address should look like https://lrs.example.org/xAPI/</source>
        <translation>Adres LRS powinien wyglądać tak: https://lrs.example.org/xAPI/</translation>
    </message>
    <message>
        <source>The LRS answered, but not with a list of statements.</source>
        <translation>LRS odpowiedział, ale nie listą wpisów.</translation>
    </message>
    <message>
        <source>The LRS answered, but not with the list of stored statements.</source>
        <translation>LRS odpowiedział, ale nie listą zapisanych wpisów.</translation>
    </message>
    <message>
        <source>The LRS cannot be reached; results are kept here and sent later.</source>
        <translation>Brak połączenia z LRS; wyniki zostają na tym komputerze i zostaną wysłane później.</translation>
    </message>
    <message>
        <source>The LRS gave an unexpected answer (HTTP {status}).</source>
        <translation>LRS odpowiedział w nieoczekiwany sposób (HTTP {status}).</translation>
    </message>
    <message>
        <source>The LRS has a problem of its own (HTTP {status}); trying later.</source>
        <translation>LRS ma własny problem (HTTP {status}); spróbujemy później.</translation>
    </message>
    <message>
        <source>The LRS keeps sending us elsewhere; please check the address.</source>
        <translation>LRS ciągle przekierowuje nas w inne miejsce; sprawdź adres.</translation>
    </message>
    <message>
        <source>The LRS refused the statement (HTTP {status}): {detail}</source>
        <translation>LRS odrzucił wpis (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>The LRS sent a broken link to the next page.</source>
        <translation>LRS przesłał błędny link do następnej strony.</translation>
    </message>
    <message>
        <source>The LRS sent an answer far too large to be statements.</source>
        <translation>LRS przesłał odpowiedź o wiele za dużą jak na wpisy.</translation>
    </message>
    <message>
        <source>The LRS sent an answer that cannot be read.</source>
        <translation>LRS przesłał odpowiedź, której nie da się odczytać.</translation>
    </message>
    <message>
        <source>The LRS sent us to another address ({host}); nothing was sent there.</source>
        <translation>LRS przekierował nas pod inny adres ({host}); nic tam nie zostało wysłane.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {file}: {reason}. Check that the USB stick is plugged in and has free space. Nothing was saved.</source>
        <translation>Nie udało się zapisać pliku PDF jako {file}: {reason}. Sprawdź, czy pendrive jest podłączony i ma wolne miejsce. Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {file}: {reason}. Nothing was saved.</source>
        <translation>Nie udało się zapisać pliku PDF jako {file}: {reason}. Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>The bundle cannot be read ({reason}).</source>
        <translation>Nie można odczytać paczki ({reason}).</translation>
    </message>
    <message>
        <source>The centre key does not open this bundle. Please check the key.</source>
        <translation>Klucz ośrodka nie otwiera tej paczki. Sprawdź klucz.</translation>
    </message>
    <message>
        <source>The centre key needs at least {limit} characters.</source>
        <translation>Klucz ośrodka jest za krótki. Minimalna liczba znaków: {limit}.</translation>
    </message>
    <message>
        <source>The centre needs at least one trainer account.</source>
        <translation>Ośrodek potrzebuje co najmniej jednego konta trenera.</translation>
    </message>
    <message>
        <source>The course “{title}” comes with SkillsApp and cannot be replaced from a file. It is updated together with SkillsApp.</source>
        <translation>Kurs „{title}” jest dostarczany razem ze SkillsApp i nie można go zastąpić plikiem. Jest aktualizowany razem ze SkillsApp.</translation>
    </message>
    <message>
        <source>The course “{title}” is already installed in version {installed}. This file holds version {version}, which is not newer, so nothing was changed.</source>
        <translation>Kurs „{title}” jest już zainstalowany w wersji {installed}. Ten plik zawiera wersję {version}, która nie jest nowsza, więc nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The day to finish by has already passed. Please choose today or a later day.</source>
        <translation>Ten dzień już minął. Wybierz dzisiejszy lub późniejszy dzień.</translation>
    </message>
    <message>
        <source>The day you watched the task cannot be in the future.</source>
        <translation>Dzień obserwacji zadania nie może być w przyszłości.</translation>
    </message>
    <message>
        <source>The disk where SkillsApp keeps its records ({folder}) is full. Please make some room on it (for example, empty the recycle bin), then start SkillsApp again. Nothing has been changed.</source>
        <translation>Dysk, na którym SkillsApp przechowuje dane ({folder}), jest pełny. Zwolnij na nim trochę miejsca (na przykład opróżnij kosz), a potem uruchom SkillsApp ponownie. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The key or secret is wrong.</source>
        <translation>Klucz lub tajny klucz jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>The learning records in {file} were saved by a newer version of SkillsApp (data version {found}, this version reads up to {known}). Please install the newer version; nothing has been changed.</source>
        <translation>Dane o nauce w pliku {file} zostały zapisane przez nowszą wersję SkillsApp (wersja danych {found}, ta wersja odczytuje najwyżej {known}). Zainstaluj nowszą wersję; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The learning records on this PC ({file}) are damaged and cannot be opened ({detail}).</source>
        <translation>Dane o nauce na tym komputerze ({file}) są uszkodzone i nie można ich otworzyć ({detail}).</translation>
    </message>
    <message>
        <source>The level must be a whole number from {low} to {high}.</source>
        <translation>Poziom musi być liczbą całkowitą od {low} do {high}.</translation>
    </message>
    <message>
        <source>The password can have at most {limit} characters.</source>
        <translation>Hasło jest za długie. Maksymalna liczba znaków: {limit}.</translation>
    </message>
    <message>
        <source>The password contains characters that cannot be typed. Please try again.</source>
        <translation>Hasło zawiera znaki, których nie da się wpisać z klawiatury. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The password needs at least {limit} characters.</source>
        <translation>Hasło jest za krótkie. Minimalna liczba znaków: {limit}.</translation>
    </message>
    <message>
        <source>The period ends before it starts. Please swap the two dates.</source>
        <translation>Okres kończy się, zanim się zaczyna. Zamień obie daty miejscami.</translation>
    </message>
    <message>
        <source>The printer reported a problem and the pages may not have come out. Check that it is switched on and has paper, then try again.</source>
        <translation>Drukarka zgłosiła problem i strony mogły się nie wydrukować. Sprawdź, czy jest włączona i ma papier, a potem spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>The report could not be saved as {file}: {reason}. Check that the USB stick is plugged in, has free space and is not write-protected. Nothing was saved.</source>
        <translation>Nie udało się zapisać raportu jako {file}: {reason}. Sprawdź, czy pendrive jest podłączony, ma wolne miejsce i nie jest zabezpieczony przed zapisem. Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>The resident needs to agree that the centre keeps their learning records, otherwise their progress cannot be saved.</source>
        <translation>Uczestnik musi się zgodzić, aby ośrodek przechowywał dane o jego nauce, inaczej nie da się zapisywać jego postępów.</translation>
    </message>
    <message>
        <source>The steps of this task are numbered 1 to {count}.</source>
        <translation>Kroki tego zadania mają numery od 1 do {count}.</translation>
    </message>
    <message>
        <source>The {field} contains characters that cannot be shown. Please type it again.</source>
        <translation>Pole zawiera znaki, których nie da się wyświetlić: {field}. Wpisz je jeszcze raz.</translation>
    </message>
    <message>
        <source>The {field} is too long: please use at most {limit} letters.</source>
        <translation>Za długi tekst w polu: {field}. Maksymalna liczba znaków: {limit}.</translation>
    </message>
    <message>
        <source>The {field} needs at least one letter.</source>
        <translation>Pole musi zawierać co najmniej jedną literę: {field}.</translation>
    </message>
    <message>
        <source>There are no groups yet.</source>
        <translation>Nie ma jeszcze żadnych grup.</translation>
    </message>
    <message>
        <source>There are no learners yet.</source>
        <translation>Nie ma jeszcze żadnych uczestników.</translation>
    </message>
    <message>
        <source>There is no group called “{name}”. The groups are: {names}.</source>
        <translation>Nie ma grupy o nazwie „{name}”. Grupy to: {names}.</translation>
    </message>
    <message>
        <source>There is no learner called “{name}”.</source>
        <translation>Nie ma uczestnika o imieniu „{name}”.</translation>
    </message>
    <message>
        <source>There is no report called “{name}”. The reports are: {names}.</source>
        <translation>Nie ma raportu o nazwie „{name}”. Raporty to: {names}.</translation>
    </message>
    <message>
        <source>There is no room left on the disk that holds {folder}, or it cannot be written to. Please free some space (or ask whoever looks after this PC) and start SkillsApp again. Your records are safe; nothing was changed.</source>
        <translation>Na dysku z folderem {folder} nie ma już wolnego miejsca albo nie można na nim zapisywać. Zwolnij trochę miejsca (albo poproś osobę, która opiekuje się tym komputerem) i uruchom SkillsApp ponownie. Twoje dane są bezpieczne; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>This PC already belongs to a centre.</source>
        <translation>Ten komputer należy już do ośrodka.</translation>
    </message>
    <message>
        <source>This bundle belongs to another centre ({centre}), not to this one. Nothing was imported.</source>
        <translation>Ta paczka należy do innego ośrodka ({centre}), nie do tego. Nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <source>This bundle has been changed since it was made, or it was made with another centre key. Nothing was imported.</source>
        <translation>Ta paczka została zmieniona od czasu utworzenia albo utworzono ją z innym kluczem ośrodka. Nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <source>This bundle unpacks to far more data than a centre can hold. Nothing was imported.</source>
        <translation>Po rozpakowaniu ta paczka zawierałaby znacznie więcej danych, niż może mieć ośrodek. Nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of SkillsApp ({version}). Please update SkillsApp on this PC first. Nothing was imported.</source>
        <translation>Ta paczka została utworzona w nowszej wersji SkillsApp ({version}). Najpierw zaktualizuj SkillsApp na tym komputerze. Nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <source>This course pack is protected with a password; make the zip again without one.</source>
        <translation>Ten pakiet kursu jest chroniony hasłem; utwórz plik zip ponownie bez hasła.</translation>
    </message>
    <message>
        <source>This course pack would take {size} MB once unpacked; at most {limit} MB is allowed.</source>
        <translation>Ten pakiet kursu po rozpakowaniu zająłby {size} MB; dozwolone jest najwyżej {limit} MB.</translation>
    </message>
    <message>
        <source>This file cannot be read: {reason}.</source>
        <translation>Nie można odczytać tego pliku: {reason}.</translation>
    </message>
    <message>
        <source>This file holds {count} files; a course pack may hold at most {limit}. It is probably not a course pack.</source>
        <translation>Ten plik zawiera za dużo plików ({count}); pakiet kursu może ich mieć najwyżej {limit}. Prawdopodobnie to nie jest pakiet kursu.</translation>
    </message>
    <message>
        <source>This file holds “{name}” twice.</source>
        <translation>Ten plik zawiera „{name}” dwa razy.</translation>
    </message>
    <message>
        <source>This file is damaged or was made in a way SkillsApp cannot open; make the zip again with an ordinary zip program.</source>
        <translation>Ten plik jest uszkodzony albo został utworzony w sposób, którego SkillsApp nie potrafi otworzyć; utwórz plik zip ponownie zwykłym programem do archiwów zip.</translation>
    </message>
    <message>
        <source>This file is not a SkillsApp bundle. Nothing was imported.</source>
        <translation>Ten plik nie jest paczką SkillsApp. Nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <source>This file is not a complete SkillsApp bundle (it may have been cut short while copying). Please copy it again. Nothing was imported.</source>
        <translation>Ten plik nie jest kompletną paczką SkillsApp (być może kopiowanie zostało przerwane). Skopiuj go jeszcze raz. Nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <source>This file is not a course pack: it has no course.yaml.</source>
        <translation>Ten plik nie jest pakietem kursu: brakuje w nim pliku course.yaml.</translation>
    </message>
    <message>
        <source>This file is not a course pack: it is not a zip file, or it is damaged or incomplete (copy it to the USB stick again).</source>
        <translation>Ten plik nie jest pakietem kursu: nie jest plikiem zip albo jest uszkodzony lub niekompletny (skopiuj go ponownie na pendrive).</translation>
    </message>
    <message>
        <source>This file is not a safe course pack.</source>
        <translation>Ten plik nie jest bezpiecznym pakietem kursu.</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: it would unpack to far more data than it holds (a &apos;zip bomb&apos;).</source>
        <translation>Ten plik nie jest bezpiecznym pakietem kursu: po rozpakowaniu dałby znacznie więcej danych, niż zawiera (tzw. „bomba zip”).</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: “{name}” is a link or a special file, not a plain file.</source>
        <translation>Ten plik nie jest bezpiecznym pakietem kursu: „{name}” to dowiązanie lub plik specjalny, a nie zwykły plik.</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: “{name}” would be written outside the course folder.</source>
        <translation>Ten plik nie jest bezpiecznym pakietem kursu: „{name}” zostałby zapisany poza folderem kursu.</translation>
    </message>
    <message>
        <source>This learner is not registered at this centre.</source>
        <translation>Ten uczestnik nie jest zarejestrowany w tym ośrodku.</translation>
    </message>
    <message>
        <source>This learner&apos;s profile is archived; restore it first.</source>
        <translation>Profil tego uczestnika jest w archiwum; najpierw go przywróć.</translation>
    </message>
    <message>
        <source>This trainer account is archived.</source>
        <translation>To konto trenera jest w archiwum.</translation>
    </message>
    <message>
        <source>This trainer could not be saved. Please try again.</source>
        <translation>Nie udało się zapisać trenera. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Time spent learning at the centre, in hours: {hours}</source>
        <translation>Czas nauki w ośrodku, w godzinach: {hours}</translation>
    </message>
    <message>
        <source>Too few to report</source>
        <translation>Zbyt mało, by podać dane</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Why help may be needed</source>
        <translation>Dlaczego może potrzebować pomocy</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kobiety</translation>
    </message>
    <message>
        <source>centre name</source>
        <translation>nazwa ośrodka</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>imię</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>nazwa grupy</translation>
    </message>
    <message>
        <source>it is not a SkillsApp database file</source>
        <translation>to nie jest plik danych SkillsApp</translation>
    </message>
    <message>
        <source>name</source>
        <translation>imię</translation>
    </message>
    <message>
        <source>trainer&apos;s name</source>
        <translation>imię trenera</translation>
    </message>
    <message>
        <source>{name} has no certificate for the course “{course}” yet: it comes when the course is finished.</source>
        <translation>{name}: brak certyfikatu za kurs „{course}”. Certyfikat pojawi się po ukończeniu kursu.</translation>
    </message>
    <message>
        <source>{name} is already in the group “{group}”.</source>
        <translation>{name} jest już w grupie „{group}”.</translation>
    </message>
    <message>
        <source>“{code}” is not a DigComp competence.</source>
        <translation>„{code}” nie jest kompetencją DigComp.</translation>
    </message>
</context>
<context>
    <name>MyData</name>
    <message>
        <source>What happens in the learning record store (LRS): it only ever received results under a number, never a name. Results it already received are marked as withdrawn (voided), so reports no longer count them, but the store keeps a record that they existed.</source>
        <translation>Co dzieje się w magazynie danych o nauce (LRS): zawsze dostawał on wyniki tylko pod numerem, nigdy z imieniem. Wyniki, które już dostał, zostają oznaczone jako wycofane (unieważnione), więc raporty ich już nie liczą, ale magazyn zachowuje informację, że istniały.</translation>
    </message>
    <message>
        <source>The centre keeps your learning records.</source>
        <translation>Ośrodek przechowuje dane o twojej nauce.</translation>
    </message>
    <message>
        <source>Your results are counted, without your name, by the programme.</source>
        <translation>Program uwzględnia twoje wyniki w statystykach, bez twojego imienia.</translation>
    </message>
    <message>
        <source>Your results are not shared with the programme.</source>
        <translation>Twoje wyniki nie są przekazywane programowi.</translation>
    </message>
    <message>
        <source>You agreed on %1.</source>
        <translation>Data zgody: %1.</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Twój profil</translation>
    </message>
    <message>
        <source>First name %1; language %2; %3; tile colour and picture.</source>
        <translation>Imię: %1; język: %2; %3; kolor i obrazek kafelka.</translation>
    </message>
    <message>
        <source>a PIN is set</source>
        <translation>PIN ustawiony</translation>
    </message>
    <message>
        <source>no PIN</source>
        <translation>bez PIN-u</translation>
    </message>
    <message>
        <source>About you (optional)</source>
        <translation>O tobie (opcjonalnie)</translation>
    </message>
    <message>
        <source>Gender: %1. Age: %2.</source>
        <translation>Płeć: %1. Wiek: %2.</translation>
    </message>
    <message>
        <source>What you agreed to</source>
        <translation>Twoje zgody</translation>
    </message>
    <message>
        <source>Your courses</source>
        <translation>Twoje kursy</translation>
    </message>
    <message>
        <source>%1 started, %2 finished.</source>
        <translation>Rozpoczęte: %1, ukończone: %2.</translation>
    </message>
    <message>
        <source>Your visits</source>
        <translation>Twoje wizyty</translation>
    </message>
    <message numerus="yes">
        <source>You came on %n day(s).</source>
        <translation>
            <numerusform>Obecność w ośrodku: %n dzień.</numerusform>
            <numerusform>Obecność w ośrodku: %n dni.</numerusform>
            <numerusform>Obecność w ośrodku: %n dni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your groups</source>
        <translation>Twoje grupy</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Brak.</translation>
    </message>
    <message>
        <source>Your learning records</source>
        <translation>Dane o twojej nauce</translation>
    </message>
    <message numerus="yes">
        <source>%n records of what you did (lessons opened, answers given, courses finished, self-checks).</source>
        <translation>
            <numerusform>%n wpis o tym, co robisz (otwarte lekcje, udzielone odpowiedzi, ukończone kursy, samooceny).</numerusform>
            <numerusform>%n wpisy o tym, co robisz (otwarte lekcje, udzielone odpowiedzi, ukończone kursy, samooceny).</numerusform>
            <numerusform>%n wpisów o tym, co robisz (otwarte lekcje, udzielone odpowiedzi, ukończone kursy, samooceny).</numerusform>
        </translation>
    </message>
    <message>
        <source>woman</source>
        <translation>kobieta</translation>
    </message>
    <message>
        <source>man</source>
        <translation>mężczyzna</translation>
    </message>
    <message>
        <source>another gender</source>
        <translation>inna</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nie podano</translation>
    </message>
</context>
<context>
    <name>MyDataScreen</name>
    <message>
        <source>Save a copy of my data (with a trainer)</source>
        <translation>Zapisz kopię moich danych (z trenerem)</translation>
    </message>
    <message>
        <source>Erase my data (with a trainer)</source>
        <translation>Usuń moje dane (z trenerem)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wróć</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Moje dane</translation>
    </message>
    <message>
        <source>This is everything SkillsApp keeps about you.</source>
        <translation>To wszystko, co SkillsApp przechowuje na twój temat.</translation>
    </message>
    <message>
        <source>A trainer helps you save a copy of your data.</source>
        <translation>Trener pomoże ci zapisać kopię twoich danych.</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Wybierz, gdzie zapisać</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Zapisano: %1</translation>
    </message>
    <message>
        <source>A trainer helps you erase your data.</source>
        <translation>Trener pomoże ci usunąć twoje dane.</translation>
    </message>
</context>
<context>
    <name>OrderInput</name>
    <message>
        <source>Steps to put in order</source>
        <translation>Kroki do ułożenia w kolejności</translation>
    </message>
    <message>
        <source>Choose a step with the arrow keys. Ctrl and an arrow key move it.</source>
        <translation>Wybierz krok strzałkami. Ctrl i strzałka go przesuwają.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Przesuń w górę</translation>
    </message>
    <message>
        <source>Move the chosen step up</source>
        <translation>Przesuń wybrany krok w górę</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Przesuń w dół</translation>
    </message>
    <message>
        <source>Move the chosen step down</source>
        <translation>Przesuń wybrany krok w dół</translation>
    </message>
    <message>
        <source>Choose a step, then press “Move up” or “Move down”. With the keyboard: the arrow keys choose a step, Ctrl and an arrow key move it.</source>
        <translation>Wybierz krok i naciśnij „Przesuń w górę” lub „Przesuń w dół”. Na klawiaturze: strzałki wybierają krok, Ctrl i strzałka go przesuwają.</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Zapisano jako %1</translation>
    </message>
    <message>
        <source>Sent to the printer: %1</source>
        <translation>Wysłano do drukarki: %1</translation>
    </message>
</context>
<context>
    <name>PcSettings</name>
    <message>
        <source>Text size on the start screen</source>
        <translation>Rozmiar tekstu na ekranie startowym</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Strong contrast on the start screen</source>
        <translation>Duży kontrast na ekranie startowym</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sign out after no activity for</source>
        <translation>Wyloguj po braku aktywności przez</translation>
    </message>
    <message>
        <source>Lessons may open web pages (after asking)</source>
        <translation>Lekcje mogą otwierać strony internetowe (po zapytaniu)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co zostało zrobione</translation>
    </message>
    <message>
        <source>These settings are for this PC only.</source>
        <translation>Te ustawienia dotyczą tylko tego komputera.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Nie udało się zapisać ustawień: %1</translation>
    </message>
    <message>
        <source>Saved. The start screen of this PC uses these settings from now on.</source>
        <translation>Zapisano. Ekran startowy tego komputera używa teraz tych ustawień.</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Your PIN</source>
        <translation>Twój PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wróć</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Erase the last number</source>
        <translation>Usuń ostatnią cyfrę</translation>
    </message>
    <message>
        <source>Type your PIN</source>
        <translation>Wpisz swój PIN</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait until %1 or ask your trainer to unlock.</source>
        <translation>Zbyt wiele błędnych PIN-ów. Poczekaj do %1 albo poproś trenera o odblokowanie.</translation>
    </message>
    <message>
        <source>That PIN is not right. You can try once more.</source>
        <translation>Ten PIN jest nieprawidłowy. Możesz spróbować jeszcze raz.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. You can try %n more times.</source>
        <translation>
            <numerusform>Ten PIN jest nieprawidłowy. Została jeszcze %n próba.</numerusform>
            <numerusform>Ten PIN jest nieprawidłowy. Zostały jeszcze %n próby.</numerusform>
            <numerusform>Ten PIN jest nieprawidłowy. Zostało jeszcze %n prób.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizResult</name>
    <message>
        <source>Well done! You finished the whole course.</source>
        <translation>Brawo! Cały kurs ukończony.</translation>
    </message>
    <message>
        <source>Well done! You passed this lesson.</source>
        <translation>Brawo! Ta lekcja jest zaliczona.</translation>
    </message>
    <message>
        <source>Not yet. Read the parts below again, then try the quiz once more.</source>
        <translation>Jeszcze nie. Przeczytaj jeszcze raz części poniżej, a potem spróbuj rozwiązać quiz ponownie.</translation>
    </message>
    <message>
        <source>Your certificate is ready. You find it under “My certificates” on your home page.</source>
        <translation>Twój certyfikat jest gotowy. Znajdziesz go pod przyciskiem „Moje certyfikaty” na swojej stronie głównej.</translation>
    </message>
    <message>
        <source>Your result: %1 of %2 right at the first try.</source>
        <translation>Twój wynik: %1 z %2 poprawnie za pierwszym razem.</translation>
    </message>
    <message>
        <source>You need %1 of %2 right at the first try to pass.</source>
        <translation>Aby zaliczyć, potrzebujesz %1 z %2 poprawnie za pierwszym razem.</translation>
    </message>
    <message>
        <source>You need %1 right in a row at the first try to pass.</source>
        <translation>Aby zaliczyć, potrzebujesz tylu poprawnych odpowiedzi z rzędu za pierwszym razem: %1.</translation>
    </message>
    <message>
        <source>Not right at the first try:</source>
        <translation>Niepoprawne za pierwszym razem:</translation>
    </message>
    <message>
        <source>Read “%1” again</source>
        <translation>Przeczytaj jeszcze raz „%1”</translation>
    </message>
    <message>
        <source>Read the lesson again</source>
        <translation>Przeczytaj lekcję jeszcze raz</translation>
    </message>
    <message>
        <source>Try the quiz again</source>
        <translation>Rozwiąż quiz jeszcze raz</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Wróć do kursu</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Check my answer</source>
        <translation>Sprawdź odpowiedź</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Spróbuj jeszcze raz</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Następne pytanie</translation>
    </message>
    <message>
        <source>Back to the lesson</source>
        <translation>Wróć do lekcji</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pytanie %1 z %2</translation>
    </message>
    <message>
        <source>See my result</source>
        <translation>Zobacz mój wynik</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>Dobrze</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Nie całkiem</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1”: %2</translation>
    </message>
    <message>
        <source>Steps in the right place: %1 of %2</source>
        <translation>Kroki na właściwym miejscu: %1 z %2</translation>
    </message>
    <message>
        <source>Pairs that are right: %1 of %2</source>
        <translation>Poprawne pary: %1 z %2</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Recovery sheet</source>
        <translation>Arkusz odzyskiwania</translation>
    </message>
    <message>
        <source>Centre key</source>
        <translation>Klucz ośrodka</translation>
    </message>
    <message>
        <source>No centre key is set on this PC.</source>
        <translation>Na tym komputerze nie ustawiono klucza ośrodka.</translation>
    </message>
    <message>
        <source>Centre number: %1</source>
        <translation>Numer ośrodka: %1</translation>
    </message>
    <message>
        <source>What the centre key is for</source>
        <translation>Do czego służy klucz ośrodka</translation>
    </message>
    <message>
        <source>You need it to set up another PC of this centre (choose “Join an existing centre”).</source>
        <translation>Jest potrzebny, aby przygotować kolejny komputer ośrodka (wybierz „Dołącz do istniejącego ośrodka”).</translation>
    </message>
    <message>
        <source>You need it to read a USB stick with results from this centre.</source>
        <translation>Jest potrzebny, aby odczytać pendrive z wynikami tego ośrodka.</translation>
    </message>
    <message>
        <source>It protects the residents’ names, PINs and consent. Anyone who has the key and the centre’s LRS password can read them. The LRS never sees the key.</source>
        <translation>Chroni imiona, PIN-y i zgody uczestników. Każdy, kto ma klucz i hasło ośrodka do LRS, może je odczytać. LRS nigdy nie widzi klucza.</translation>
    </message>
    <message>
        <source>If the key is lost, the results stay safe, but new PCs cannot read the residents’ details.</source>
        <translation>Jeśli klucz zginie, wyniki pozostaną bezpieczne, ale nowe komputery nie odczytają danych uczestników.</translation>
    </message>
    <message>
        <source>Where to keep this sheet</source>
        <translation>Gdzie przechowywać ten arkusz</translation>
    </message>
    <message>
        <source>Lock it away, for example in the centre’s safe or a locked drawer.</source>
        <translation>Zamknij go, na przykład w sejfie ośrodka albo w zamykanej szufladzie.</translation>
    </message>
    <message>
        <source>Do not keep it next to the PC. Do not send it by e-mail and do not take a photo of it.</source>
        <translation>Nie trzymaj go obok komputera. Nie wysyłaj go e-mailem i nie rób mu zdjęć.</translation>
    </message>
    <message>
        <source>Tell one other person you trust where it is.</source>
        <translation>Powiedz jednej zaufanej osobie, gdzie jest.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Wydrukowano %1</translation>
    </message>
</context>
<context>
    <name>ReportPaper</name>
    <message>
        <source>%1, made on %2</source>
        <translation>%1, sporządzono %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Report table</source>
        <translation>Tabela raportu</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Zapisz jako CSV…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>What was saved</source>
        <translation>Co zostało zapisane</translation>
    </message>
    <message>
        <source>Table as on screen (*.csv)</source>
        <translation>Tabela jak na ekranie (*.csv)</translation>
    </message>
    <message>
        <source>Data with codes, for other programs (*.csv)</source>
        <translation>Dane z kodami, dla innych programów (*.csv)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Zapisz jako CSV</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Zapisano jako %1</translation>
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
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Język raportu</translation>
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
        <translation>Pokaż raport</translation>
    </message>
    <message>
        <source>Certificate code</source>
        <translation>Kod certyfikatu</translation>
    </message>
    <message>
        <source>Check a certificate</source>
        <translation>Sprawdź certyfikat</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>No certificate of this centre has that code. Check the letters again.</source>
        <translation>Żaden certyfikat tego ośrodka nie ma takiego kodu. Sprawdź jeszcze raz litery.</translation>
    </message>
    <message>
        <source>Genuine: %1 finished “%2” on %3.</source>
        <translation>Certyfikat jest prawdziwy: %1 – kurs „%2”, data ukończenia: %3.</translation>
    </message>
</context>
<context>
    <name>ResidentHome</name>
    <message>
        <source>A−  Smaller text</source>
        <translation>A−  Mniejszy tekst</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Mniejszy tekst</translation>
    </message>
    <message>
        <source>A+  Bigger text</source>
        <translation>A+  Większy tekst</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Większy tekst</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Strong contrast (white on black)</source>
        <translation>Duży kontrast (biały tekst na czarnym tle)</translation>
    </message>
    <message>
        <source>Check my digital skills</source>
        <translation>Sprawdź swoje umiejętności cyfrowe</translation>
    </message>
    <message>
        <source>My skills</source>
        <translation>Moje umiejętności</translation>
    </message>
    <message>
        <source>My certificates</source>
        <translation>Moje certyfikaty</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Moje dane</translation>
    </message>
    <message>
        <source>From your trainer</source>
        <translation>Od twojego trenera</translation>
    </message>
    <message>
        <source>Recommended for you</source>
        <translation>Polecane dla ciebie</translation>
    </message>
    <message>
        <source>My courses</source>
        <translation>Moje kursy</translation>
    </message>
    <message>
        <source>More courses</source>
        <translation>Więcej kursów</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>Dzień dobry, %1!</translation>
    </message>
    <message>
        <source>Choose a course to start. Your progress is saved as you go. When you are done, press Finish at the top.</source>
        <translation>Wybierz kurs, aby zacząć. Postępy zapisują się na bieżąco. Gdy skończysz, naciśnij u góry przycisk Zakończ.</translation>
    </message>
    <message>
        <source>Continue where I left off: %1 – %2</source>
        <translation>Kontynuuj od miejsca przerwania: %1 – %2</translation>
    </message>
    <message>
        <source>Please finish by %1</source>
        <translation>Prosimy o ukończenie do %1</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kursy</translation>
    </message>
    <message>
        <source>My certificates (%1)</source>
        <translation>Moje certyfikaty (%1)</translation>
    </message>
    <message>
        <source>Not sure where to start? “Check my digital skills” suggests courses.</source>
        <translation>Nie wiesz, od czego zacząć? Przycisk „Sprawdź swoje umiejętności cyfrowe” podpowie odpowiednie kursy.</translation>
    </message>
    <message>
        <source>My skills (levels 1–8): %1</source>
        <translation>Moje umiejętności (poziomy 1–8): %1</translation>
    </message>
    <message>
        <source>Text size %1</source>
        <translation>Rozmiar tekstu %1</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentScreen</name>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wróć</translation>
    </message>
    <message>
        <source>Back to the previous statement</source>
        <translation>Wróć do poprzedniego stwierdzenia</translation>
    </message>
    <message>
        <source>Pause and finish later</source>
        <translation>Przerwij i dokończ później</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pytanie %1 z %2</translation>
    </message>
    <message>
        <source>%1: what do you know?</source>
        <translation>%1: co wiesz?</translation>
    </message>
    <message>
        <source>Statement %1 of %2</source>
        <translation>Stwierdzenie %1 z %2</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Prawda</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Fałsz</translation>
    </message>
    <message>
        <source>%1 (your answer)</source>
        <translation>%1 (twoja odpowiedź)</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Dobrze.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Nie całkiem.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Name of the centre</source>
        <translation>Nazwa ośrodka</translation>
    </message>
    <message>
        <source>for example: Village hall of Lindenau</source>
        <translation>na przykład: Świetlica wiejska w Lipowie</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Język domyślny</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Welcome to SkillsApp</source>
        <translation>Witamy w SkillsApp</translation>
    </message>
    <message>
        <source>Set up a new centre</source>
        <translation>Utwórz nowy ośrodek</translation>
    </message>
    <message>
        <source>Join an existing centre</source>
        <translation>Dołącz do istniejącego ośrodka</translation>
    </message>
    <message>
        <source>For another PC of a centre that already uses SkillsApp</source>
        <translation>Dla kolejnego komputera ośrodka, który już używa SkillsApp</translation>
    </message>
    <message>
        <source>Is this the first PC of your centre, or does your centre already use SkillsApp on another PC?</source>
        <translation>Czy to pierwszy komputer twojego ośrodka, czy ośrodek używa już SkillsApp na innym komputerze?</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Arkusz odzyskiwania</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Your centre key</source>
        <translation>Klucz twojego ośrodka</translation>
    </message>
    <message>
        <source>Print or save this sheet and keep it locked away. You need the centre key to set up another PC of the centre.</source>
        <translation>Wydrukuj lub zapisz ten arkusz i przechowuj go w zamkniętym miejscu. Klucz ośrodka będzie potrzebny, aby przygotować kolejny komputer ośrodka.</translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation>Wydrukuj arkusz odzyskiwania…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>Zapisz arkusz odzyskiwania jako PDF</translation>
    </message>
    <message>
        <source>Let&apos;s set up this PC for your centre. Step 1 of 2: the centre. You can change these later.</source>
        <translation>Przygotujmy ten komputer dla twojego ośrodka. Krok 1 z 2: ośrodek. Wszystko można później zmienić.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Twoje imię</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Co najmniej 8 znaków</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Powtórz hasło</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wróć</translation>
    </message>
    <message>
        <source>Create the centre</source>
        <translation>Utwórz ośrodek</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Hasło (co najmniej 8 znaków)</translation>
    </message>
    <message>
        <source>The first trainer account</source>
        <translation>Pierwsze konto trenera</translation>
    </message>
    <message>
        <source>Step 2 of 2: you. Trainers sign in with this password to add learners and follow their progress.</source>
        <translation>Krok 2 z 2: ty. Tym hasłem będziesz logować się jako trener, aby dodawać uczestników i śledzić ich postępy.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hasła nie są takie same.</translation>
    </message>
</context>
<context>
    <name>SignOutDuringQuiz</name>
    <message>
        <source>Finish</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Your answers so far are saved. Sign out now?</source>
        <translation>Twoje dotychczasowe odpowiedzi są zapisane. Wylogować się teraz?</translation>
    </message>
    <message>
        <source>No, go on with the quiz</source>
        <translation>Nie, wróć do quizu</translation>
    </message>
    <message>
        <source>Yes, sign out</source>
        <translation>Tak, wyloguj</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>SkillsApp is already open on this PC with the same records (%1). Please use the window that is open; if you cannot find it, restart the PC.</source>
        <translation>SkillsApp jest już otwarty na tym komputerze z tymi samymi danymi (%1). Użyj otwartego okna; jeśli nie możesz go znaleźć, uruchom komputer ponownie.</translation>
    </message>
</context>
<context>
    <name>SkillsCheckStart</name>
    <message>
        <source>Check my digital skills</source>
        <translation>Sprawdź swoje umiejętności cyfrowe</translation>
    </message>
    <message>
        <source>You read short sentences like “I can send a photo by e-mail” and say how well they fit you. There are no wrong answers. It is not a test.</source>
        <translation>Przeczytasz krótkie zdania, np. „Umiem wysłać zdjęcie e-mailem”, i przy każdym zaznaczysz, na ile do ciebie pasuje. Nie ma złych odpowiedzi. To nie jest test.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Kontynuuj od miejsca przerwania</translation>
    </message>
    <message>
        <source>A quick check of one topic (about 10 minutes):</source>
        <translation>Szybkie sprawdzenie jednego tematu (około 10 minut):</translation>
    </message>
    <message>
        <source>The full check of all topics (about 30 minutes)</source>
        <translation>Pełne sprawdzenie wszystkich tematów (około 30 minut)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wróć</translation>
    </message>
</context>
<context>
    <name>StartProblems</name>
    <message>
        <source>SkillsApp can put the damaged file aside (it is kept, not deleted) and bring back the newest automatic backup. Do that now?</source>
        <translation>SkillsApp może odłożyć uszkodzony plik na bok (zostanie zachowany, nie usunięty) i przywrócić najnowszą automatyczną kopię zapasową. Zrobić to teraz?</translation>
    </message>
    <message>
        <source>There was no usable backup. The damaged file was kept as %1; SkillsApp starts with empty records.</source>
        <translation>Nie znaleziono żadnej użytecznej kopii zapasowej. Uszkodzony plik zachowano jako %1; SkillsApp zaczyna z pustymi danymi.</translation>
    </message>
    <message>
        <source>SkillsApp can put the damaged file aside (it is kept, not deleted) and bring back the newest automatic backup, then close; start it again afterwards. Do that now?</source>
        <translation>SkillsApp może odłożyć uszkodzony plik (zostanie zachowany, nie usunięty), przywrócić najnowszą automatyczną kopię zapasową, a potem się zamknąć; następnie uruchom go ponownie. Zrobić to teraz?</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Trainer sign-in</source>
        <translation>Logowanie trenera</translation>
    </message>
    <message>
        <source>No learners yet. A trainer can add them after signing in.</source>
        <translation>Nie ma jeszcze uczestników. Trener może ich dodać po zalogowaniu.</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>%1 – witamy!</translation>
    </message>
    <message>
        <source>Choose your name to start.</source>
        <translation>Wybierz swoje imię, aby zacząć.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync state</source>
        <translation>Stan synchronizacji</translation>
    </message>
    <message>
        <source>✓ Results sent</source>
        <translation>✓ Wyniki wysłane</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to send %n result(s)</source>
        <translation>
            <numerusform>%n wynik czeka na wysłanie</numerusform>
            <numerusform>%n wyniki czekają na wysłanie</numerusform>
            <numerusform>%n wyników czeka na wysłanie</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: results are kept here</source>
        <translation>Brak połączenia: wyniki są przechowywane tutaj</translation>
    </message>
    <message>
        <source>Sync problem: see Sync in the trainer&apos;s tools</source>
        <translation>Problem z synchronizacją: zobacz Synchronizacja w narzędziach trenera</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>LRS address</source>
        <translation>Adres LRS</translation>
    </message>
    <message>
        <source>LRS key</source>
        <translation>Klucz LRS</translation>
    </message>
    <message>
        <source>LRS secret</source>
        <translation>Tajny klucz LRS</translation>
    </message>
    <message>
        <source>Also on metered connections (mobile data)</source>
        <translation>Również przy połączeniach taryfowych (dane komórkowe)</translation>
    </message>
    <message>
        <source>Answer of the LRS</source>
        <translation>Odpowiedź LRS</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Stan synchronizacji</translation>
    </message>
    <message>
        <source>No LRS is set up</source>
        <translation>Nie skonfigurowano LRS</translation>
    </message>
    <message>
        <source>Results the LRS refused</source>
        <translation>Wyniki odrzucone przez LRS</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Sprawdź połączenie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Export a bundle (USB)…</source>
        <translation>Eksportuj paczkę (USB)…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Importuj paczkę…</translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation>Wydrukuj arkusz odzyskiwania…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF…</source>
        <translation>Zapisz arkusz odzyskiwania jako PDF…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <source>Results are kept on this PC first and sent to the centre&apos;s record store (LRS) when there is a connection. Without one, use a bundle on a USB stick.</source>
        <translation>Wyniki są najpierw zapisywane na tym komputerze, a gdy jest połączenie, trafiają do magazynu danych ośrodka (LRS). Bez połączenia użyj paczki na pendrivie.</translation>
    </message>
    <message>
        <source>Results the LRS refused:</source>
        <translation>Wyniki odrzucone przez LRS:</translation>
    </message>
    <message>
        <source>Asking the LRS…</source>
        <translation>Łączenie z LRS…</translation>
    </message>
    <message>
        <source>Sending and receiving…</source>
        <translation>Wysyłanie i odbieranie…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Zapisywanie paczki…</translation>
    </message>
    <message>
        <source>Wrote %1 results to %2.</source>
        <translation>Zapisane wyniki: %1 (plik: %2).</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>Odczytywanie paczki…</translation>
    </message>
    <message>
        <source>Send and receive results by themselves when there is a connection</source>
        <translation>Wysyłaj i odbieraj wyniki samoczynnie, gdy jest połączenie</translation>
    </message>
    <message>
        <source>Saved. Results stay on this PC until the LRS address, key and secret are all filled in.</source>
        <translation>Zapisano. Wyniki zostają na tym komputerze, dopóki nie zostaną wpisane adres, klucz i hasło LRS.</translation>
    </message>
    <message>
        <source>Saved. Results are sent to the LRS whenever there is a connection.</source>
        <translation>Zapisano. Wyniki będą wysyłane do LRS, gdy tylko będzie połączenie.</translation>
    </message>
    <message>
        <source>Saved. Results are sent only when you press Sync now.</source>
        <translation>Zapisano. Wyniki zostaną wysłane dopiero po naciśnięciu Synchronizuj teraz.</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Eksportuj paczkę</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importuj paczkę</translation>
    </message>
    <message numerus="yes">
        <source>No LRS is set up on this PC, so results are not sent anywhere yet. They are kept safely on this PC: nothing is lost (%n result(s) so far). To send them to the centre&apos;s record store, type the LRS address, key and secret that your coordinator gives you, press Test connection, then Save. Without a connection, carry the results to another PC with Export a bundle (USB).</source>
        <translation>
            <numerusform>Na tym komputerze nie skonfigurowano LRS, więc wyniki nie są jeszcze nigdzie wysyłane. Są bezpiecznie przechowywane na tym komputerze i nic nie ginie (na razie %n wynik). Aby wysłać je do bazy wyników centrum, wpisz adres, klucz i hasło LRS otrzymane od koordynatora, naciśnij Sprawdź połączenie, a potem Zapisz. Bez połączenia przenieś wyniki na inny komputer za pomocą Eksportuj paczkę (USB).</numerusform>
            <numerusform>Na tym komputerze nie skonfigurowano LRS, więc wyniki nie są jeszcze nigdzie wysyłane. Są bezpiecznie przechowywane na tym komputerze i nic nie ginie (na razie %n wyniki). Aby wysłać je do bazy wyników centrum, wpisz adres, klucz i hasło LRS otrzymane od koordynatora, naciśnij Sprawdź połączenie, a potem Zapisz. Bez połączenia przenieś wyniki na inny komputer za pomocą Eksportuj paczkę (USB).</numerusform>
            <numerusform>Na tym komputerze nie skonfigurowano LRS, więc wyniki nie są jeszcze nigdzie wysyłane. Są bezpiecznie przechowywane na tym komputerze i nic nie ginie (na razie %n wyników). Aby wysłać je do bazy wyników centrum, wpisz adres, klucz i hasło LRS otrzymane od koordynatora, naciśnij Sprawdź połączenie, a potem Zapisz. Bez połączenia przenieś wyniki na inny komputer za pomocą Eksportuj paczkę (USB).</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>Ostatnio wysłano: %1</translation>
    </message>
    <message>
        <source>Last received: %1</source>
        <translation>Ostatnio odebrano: %1</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>Czeka na wysłanie: %1</translation>
    </message>
    <message>
        <source>Results are sent only when you press Sync now.</source>
        <translation>Wyniki są wysyłane dopiero po naciśnięciu Synchronizuj teraz.</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Ostatni problem: %1</translation>
    </message>
    <message>
        <source>Imported %1 new results of %2.</source>
        <translation>Zaimportowane nowe wyniki: %1 z %2.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Coś poszło nie tak: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2.</source>
        <translation>Wysłano: %1, odebrano: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) refused by the LRS (listed below).</source>
        <translation>
            <numerusform>LRS odrzucił %n wynik (lista poniżej).</numerusform>
            <numerusform>LRS odrzucił %n wyniki (lista poniżej).</numerusform>
            <numerusform>LRS odrzucił %n wyników (lista poniżej).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>Your answer</source>
        <translation>Twoja odpowiedź</translation>
    </message>
</context>
<context>
    <name>TextSizeButtons</name>
    <message>
        <source>Smaller text</source>
        <translation>Mniejszy tekst</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl and minus)</source>
        <translation>Mniejszy tekst (Ctrl i minus)</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Większy tekst</translation>
    </message>
    <message>
        <source>Bigger text (Ctrl and plus)</source>
        <translation>Większy tekst (Ctrl i plus)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Text size %1</source>
        <translation>Rozmiar tekstu %1</translation>
    </message>
</context>
<context>
    <name>TrainerAssessmentScreen</name>
    <message>
        <source>Competence</source>
        <translation>Kompetencja</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Jeszcze nie</translation>
    </message>
    <message>
        <source>Observed level, 0 (not yet) to 8</source>
        <translation>Zaobserwowany poziom, od 0 (jeszcze nie) do 8</translation>
    </message>
    <message>
        <source>Task you watched</source>
        <translation>Obserwowane zadanie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Day you watched the task</source>
        <translation>Dzień obserwacji zadania</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Zapisz ocenę</translation>
    </message>
    <message>
        <source>Self-assessed and trainer levels</source>
        <translation>Poziomy z samooceny i od trenera</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Samoocena</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trener</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Do sprawdzenia</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wróć</translation>
    </message>
    <message>
        <source>Save profile as PDF</source>
        <translation>Zapisz profil jako PDF</translation>
    </message>
    <message>
        <source>Save Europass text</source>
        <translation>Zapisz tekst do Europass</translation>
    </message>
    <message>
        <source>Save Open Badges</source>
        <translation>Zapisz Open Badges</translation>
    </message>
    <message>
        <source>Observed level</source>
        <translation>Zaobserwowany poziom</translation>
    </message>
    <message>
        <source>Task watched</source>
        <translation>Obserwowane zadanie</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Wykonane kroki</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Assess %1</source>
        <translation>Ocena: %1</translation>
    </message>
    <message>
        <source>Flagged rows differ by 2 levels or more.</source>
        <translation>Zaznaczone wiersze różnią się o 2 poziomy lub więcej.</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>Bez listy kontrolnej</translation>
    </message>
    <message>
        <source>Differs by 2 or more</source>
        <translation>Różnica 2 lub więcej</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>jeszcze nie</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co zostało zrobione</translation>
    </message>
    <message>
        <source>Saved: level %1 for %2.</source>
        <translation>Zapisano: poziom %1 – %2.</translation>
    </message>
    <message>
        <source>Saved: “not yet” for %1.</source>
        <translation>Zapisano: „jeszcze nie” – %1.</translation>
    </message>
</context>
<context>
    <name>TrainerConfirm</name>
    <message>
        <source>A trainer confirms</source>
        <translation>Potwierdzenie trenera</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trener</translation>
    </message>
    <message>
        <source>Trainer&apos;s password</source>
        <translation>Hasło trenera</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>That password is not right. Please try again.</source>
        <translation>To hasło jest nieprawidłowe. Spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>TrainerCourses</name>
    <message>
        <source>Courses on this PC</source>
        <translation>Kursy na tym komputerze</translation>
    </message>
    <message>
        <source>Import a course from a file…</source>
        <translation>Importuj kurs z pliku…</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co zostało zrobione</translation>
    </message>
    <message>
        <source>Courses come with SkillsApp. You can add new ones from a .zip file, for example from a USB stick. A file is checked before anything is installed.</source>
        <translation>Kursy są dostarczane razem ze SkillsApp. Nowe można dodać z pliku .zip, na przykład z pendrive’a. Przed instalacją plik jest sprawdzany.</translation>
    </message>
    <message>
        <source>%1  ·  version %2  ·  %3</source>
        <translation>%1  ·  wersja %2  ·  %3</translation>
    </message>
    <message>
        <source>Choose a course file</source>
        <translation>Wybierz plik kursu</translation>
    </message>
    <message>
        <source>Course packs (*.zip)</source>
        <translation>Pakiety kursów (*.zip)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Sprawdzanie pliku…</translation>
    </message>
    <message>
        <source>Checking the course file…</source>
        <translation>Sprawdzanie pliku kursu…</translation>
    </message>
    <message>
        <source>Install this course?</source>
        <translation>Zainstalować ten kurs?</translation>
    </message>
    <message>
        <source>%1
Version %2
Languages: %3

%4

Install it on this PC?</source>
        <translation>%1
Wersja %2
Języki: %3

%4

Zainstalować go na tym komputerze?</translation>
    </message>
    <message>
        <source>Nothing was installed.</source>
        <translation>Niczego nie zainstalowano.</translation>
    </message>
    <message>
        <source>Installing the course…</source>
        <translation>Instalowanie kursu…</translation>
    </message>
    <message>
        <source>“%1” version %2 is installed. Residents find it among the courses now.</source>
        <translation>Kurs „%1” w wersji %2 jest zainstalowany. Uczestnicy znajdą go teraz wśród kursów.</translation>
    </message>
    <message>
        <source>This course pack cannot be used, so nothing was installed. Please send it back to its author with this list:</source>
        <translation>Tego pakietu kursu nie można użyć, więc nic nie zostało zainstalowane. Odeślij go autorowi razem z tą listą:</translation>
    </message>
    <message>
        <source>The file could not be read (%1). Nothing was installed.</source>
        <translation>Nie udało się odczytać pliku (%1). Nic nie zostało zainstalowane.</translation>
    </message>
</context>
<context>
    <name>TrainerForm</name>
    <message>
        <source>New trainer</source>
        <translation>Nowy trener</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Powtórz hasło</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Hasło (co najmniej 8 znaków)</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hasła nie są takie same.</translation>
    </message>
</context>
<context>
    <name>TrainerHome</name>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kursy</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Trenerzy</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Ten komputer</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Trwa praca</translation>
    </message>
    <message>
        <source>%1 The other tabs wait until this is done.</source>
        <translation>%1 Pozostałe zakładki czekają, aż to się skończy.</translation>
    </message>
</context>
<context>
    <name>TrainerSignIn</name>
    <message>
        <source>Trainer</source>
        <translation>Trener</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj się</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wróć</translation>
    </message>
    <message>
        <source>Trainer sign-in</source>
        <translation>Logowanie trenera</translation>
    </message>
    <message>
        <source>That password is not right. Please try again.</source>
        <translation>To hasło jest nieprawidłowe. Spróbuj ponownie.</translation>
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
        <translation>Trenerzy</translation>
    </message>
    <message>
        <source>New trainer</source>
        <translation>Nowy trener</translation>
    </message>
    <message>
        <source>Close account</source>
        <translation>Zamknij konto</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co zostało zrobione</translation>
    </message>
    <message>
        <source>Added the trainer account of %1. They sign in with their password.</source>
        <translation>Dodano konto trenera: %1. Logowanie odbywa się własnym hasłem.</translation>
    </message>
    <message>
        <source>Closed the account of %1.</source>
        <translation>Zamknięto konto: %1.</translation>
    </message>
</context>
<context>
    <name>UpdatingScreen</name>
    <message>
        <source>SkillsApp was updated and is bringing this PC&apos;s records up to date. This happens once; nothing is lost.</source>
        <translation>SkillsApp został zaktualizowany i uaktualnia dane tego komputera. Dzieje się to tylko raz; nic nie zostanie utracone.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Updating the records</source>
        <translation>Aktualizacja danych</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 z %2 wpisów</translation>
    </message>
</context>
<context>
    <name>WaitingScreen</name>
    <message>
        <source>The courses are being prepared. Your screen opens by itself in a moment.</source>
        <translation>Kursy są przygotowywane. Twój ekran za chwilę otworzy się sam.</translation>
    </message>
    <message>
        <source>Preparing the courses</source>
        <translation>Przygotowywanie kursów</translation>
    </message>
    <message>
        <source>One moment, please</source>
        <translation>Chwileczkę</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Column headings</source>
        <translation>Nagłówki kolumn</translation>
    </message>
    <message>
        <source>Row headings</source>
        <translation>Nagłówki wierszy</translation>
    </message>
</context>
<context>
    <name>WorkProgress</name>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Step 1 of 2: reading the bundle (%1 of %2 results)</source>
        <translation>Krok 1 z 2: odczytywanie paczki (%1 z %2 wyników)</translation>
    </message>
    <message>
        <source>Step 2 of 2: saving the results and updating everyone&apos;s progress</source>
        <translation>Krok 2 z 2: zapisywanie wyników i aktualizowanie postępów wszystkich uczestników</translation>
    </message>
    <message>
        <source>Writing the bundle: %1 of %2 results</source>
        <translation>Zapisywanie paczki: %1 z %2 wyników</translation>
    </message>
    <message>
        <source>Sending results to the LRS: %1 of %2</source>
        <translation>Wysyłanie wyników do LRS: %1 z %2</translation>
    </message>
    <message>
        <source>Receiving results from the LRS: %1 so far</source>
        <translation>Odbieranie wyników z LRS: na razie %1</translation>
    </message>
</context>
</TS>
