<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AssessmentResultScreen</name>
    <message>
        <location filename="../assessment_result.py" line="60"/>
        <source>Courses that help you with the next step:</source>
        <translation>Questi corsi la aiutano a fare il prossimo passo:</translation>
    </message>
    <message>
        <location filename="../assessment_result.py" line="64"/>
        <source>Start the course %1</source>
        <translation>Inizia il corso «%1»</translation>
    </message>
    <message>
        <location filename="../assessment_result.py" line="71"/>
        <location filename="../assessment_result.py" line="72"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../assessment_result.py" line="81"/>
        <source>You have not done a self-assessment yet.</source>
        <translation>Non ha ancora fatto l&apos;autovalutazione.</translation>
    </message>
    <message>
        <location filename="../assessment_result.py" line="86"/>
        <source>You are confident with %1.</source>
        <translation>In questo se la cava già bene: %1.</translation>
    </message>
    <message>
        <location filename="../assessment_result.py" line="88"/>
        <source>You have made a start, and that is what counts.</source>
        <translation>Ha cominciato, ed è questo che conta.</translation>
    </message>
    <message>
        <location filename="../assessment_result.py" line="91"/>
        <source>%1 is the next step.</source>
        <translation>Il prossimo passo: %1.</translation>
    </message>
    <message>
        <location filename="../assessment_result.py" line="95"/>
        <source>Since last time:</source>
        <translation>Rispetto all&apos;ultima volta:</translation>
    </message>
    <message>
        <location filename="../assessment_result.py" line="99"/>
        <source>%1: level %2 before, level %3 now</source>
        <translation>%1: prima livello %2, ora livello %3</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../learner_page.py" line="235"/>
        <source>Assign a course</source>
        <translation>Assegna un corso</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="237"/>
        <location filename="../learner_page.py" line="249"/>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="241"/>
        <location filename="../learner_page.py" line="250"/>
        <source>Due date (optional)</source>
        <translation>Scadenza (facoltativa)</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="242"/>
        <source>for example 2026-06-30, or leave empty</source>
        <translation>ad esempio 2026-06-30, oppure lasci vuoto</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <location filename="../certificates_screen.py" line="31"/>
        <source>My certificates</source>
        <translation>I miei attestati</translation>
    </message>
    <message>
        <location filename="../certificates_screen.py" line="34"/>
        <source>When you finish a course, its certificate appears here.</source>
        <translation>Quando completa un corso, qui trova il suo attestato.</translation>
    </message>
    <message>
        <location filename="../certificates_screen.py" line="38"/>
        <source>%1 (finished %2) – save as PDF</source>
        <translation>%1 (completato il %2) – salva come PDF</translation>
    </message>
    <message>
        <location filename="../certificates_screen.py" line="49"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../certificates_screen.py" line="60"/>
        <source>Save the certificate</source>
        <translation>Salva l&apos;attestato</translation>
    </message>
    <message>
        <location filename="../certificates_screen.py" line="74"/>
        <source>Saved as %1. You can print it from there.</source>
        <translation>Salvato come %1. Da lì può stamparlo.</translation>
    </message>
</context>
<context>
    <name>ChoiceInput</name>
    <message>
        <location filename="../answer_inputs.py" line="46"/>
        <source>True</source>
        <translation>Vero</translation>
    </message>
    <message>
        <location filename="../answer_inputs.py" line="46"/>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <location filename="../answer_inputs.py" line="58"/>
        <source>Choose every right answer.</source>
        <translation>Scelga tutte le risposte giuste.</translation>
    </message>
</context>
<context>
    <name>CompetenceChart</name>
    <message>
        <location filename="../competence_chart.py" line="166"/>
        <source>Your competence chart</source>
        <translation>Il grafico delle sue competenze</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message numerus="yes">
        <location filename="../course_cards.py" line="41"/>
        <source>About %n minutes</source>
        <translation>
            <numerusform>Circa %n minuto</numerusform>
            <numerusform>Circa %n minuti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../course_cards.py" line="52"/>
        <source>%1 of %2 lessons</source>
        <translation>%1 lezioni su %2</translation>
    </message>
    <message>
        <location filename="../course_cards.py" line="56"/>
        <source>finished</source>
        <translation>completato</translation>
    </message>
    <message>
        <location filename="../course_cards.py" line="58"/>
        <source>%1 of %2 lessons done</source>
        <translation>%1 lezioni su %2 completate</translation>
    </message>
    <message>
        <location filename="../course_cards.py" line="60"/>
        <source>not started</source>
        <translation>non iniziato</translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message>
        <location filename="../course_page.py" line="34"/>
        <source>Start the course</source>
        <translation>Inizia il corso</translation>
    </message>
    <message>
        <location filename="../course_page.py" line="36"/>
        <source>Read the first lesson again</source>
        <translation>Rileggi la prima lezione</translation>
    </message>
    <message>
        <location filename="../course_page.py" line="38"/>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location filename="../course_page.py" line="41"/>
        <source>Back to my courses</source>
        <translation>Torna ai miei corsi</translation>
    </message>
    <message>
        <location filename="../course_page.py" line="50"/>
        <source>done</source>
        <translation>completata</translation>
    </message>
    <message>
        <location filename="../course_page.py" line="50"/>
        <source>not done yet</source>
        <translation>da fare</translation>
    </message>
    <message>
        <location filename="../course_page.py" line="64"/>
        <source>You finished this course. Well done!</source>
        <translation>Ha completato questo corso. Complimenti!</translation>
    </message>
    <message>
        <location filename="../course_page.py" line="66"/>
        <source>%1 of %2 lessons done.</source>
        <translation>%1 lezioni su %2 completate.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../dashboard.py" line="54"/>
        <location filename="../dashboard.py" line="74"/>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="56"/>
        <location filename="../dashboard.py" line="76"/>
        <source>Show</source>
        <translation>Visualizza</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="57"/>
        <source>Courses</source>
        <translation>Corsi</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="58"/>
        <source>Competence areas</source>
        <translation>Aree di competenza</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="59"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="62"/>
        <source>Learners and their progress</source>
        <translation>Partecipanti e loro progressi</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="69"/>
        <location filename="../dashboard.py" line="81"/>
        <source>Latest sessions</source>
        <translation>Ultime sessioni</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="93"/>
        <source>“! help”: failed the same quiz 3 times, or no progress for 2 weeks. Press Enter or double-click a learner to open their page.</source>
        <translation>«! aiuto» significa: non ha superato lo stesso quiz per 3 volte, oppure non fa progressi da 2 settimane. Prema Invio o faccia doppio clic su un partecipante per aprire la sua pagina.</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="116"/>
        <source>No groups yet. Make one in the Groups tab.</source>
        <translation>Non ci sono ancora gruppi. Ne crei uno nella scheda «Gruppi».</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="145"/>
        <source>Area %1</source>
        <translation>Area %1</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="152"/>
        <source>Learner</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="152"/>
        <source>Days here (30 days)</source>
        <translation>Giorni di presenza (30 giorni)</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="158"/>
        <source>may need help</source>
        <translation>forse ha bisogno di aiuto</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="166"/>
        <source>level %1</source>
        <translation>livello %1</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="180"/>
        <source>%1 learners; %2 may need help.</source>
        <translation>%1 partecipanti; forse da aiutare: %2.</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="187"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="189"/>
        <source>did not sign out</source>
        <translation>non ha chiuso la sessione</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="199"/>
        <source>✓ done</source>
        <translation>✓ completato</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="201"/>
        <source>! help %1</source>
        <translation>! aiuto %1</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <location filename="../groups_tab.py" line="34"/>
        <source>Groups</source>
        <translation>Gruppi</translation>
    </message>
    <message>
        <location filename="../groups_tab.py" line="36"/>
        <location filename="../groups_tab.py" line="144"/>
        <source>New group</source>
        <translation>Nuovo gruppo</translation>
    </message>
    <message>
        <location filename="../groups_tab.py" line="39"/>
        <location filename="../groups_tab.py" line="144"/>
        <source>Name of the group</source>
        <translation>Nome del gruppo</translation>
    </message>
    <message>
        <location filename="../groups_tab.py" line="41"/>
        <location filename="../groups_tab.py" line="61"/>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <location filename="../groups_tab.py" line="43"/>
        <source>Courses for this group</source>
        <translation>Corsi per questo gruppo</translation>
    </message>
    <message>
        <location filename="../groups_tab.py" line="44"/>
        <source>Finish the courses by</source>
        <translation>Completare i corsi entro il</translation>
    </message>
    <message>
        <location filename="../groups_tab.py" line="48"/>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../groups_tab.py" line="50"/>
        <source>Archive this group</source>
        <translation>Archivia questo gruppo</translation>
    </message>
    <message>
        <location filename="../groups_tab.py" line="51"/>
        <source>Save the group</source>
        <translation>Salva il gruppo</translation>
    </message>
    <message>
        <location filename="../groups_tab.py" line="62"/>
        <source>Courses</source>
        <translation>Corsi</translation>
    </message>
    <message>
        <location filename="../groups_tab.py" line="90"/>
        <source>A group&apos;s courses are assigned to every member; they see them first.</source>
        <translation>I corsi di un gruppo vengono assegnati a tutti i membri, che li vedono per primi.</translation>
    </message>
    <message>
        <location filename="../groups_tab.py" line="170"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>JoinCentre</name>
    <message>
        <location filename="../join_centre.py" line="34"/>
        <location filename="../join_centre.py" line="54"/>
        <source>LRS address</source>
        <translation>Indirizzo LRS</translation>
    </message>
    <message>
        <location filename="../join_centre.py" line="37"/>
        <location filename="../join_centre.py" line="55"/>
        <source>LRS key</source>
        <translation>Chiave LRS</translation>
    </message>
    <message>
        <location filename="../join_centre.py" line="40"/>
        <location filename="../join_centre.py" line="56"/>
        <source>LRS secret</source>
        <translation>Segreto LRS</translation>
    </message>
    <message>
        <location filename="../join_centre.py" line="42"/>
        <location filename="../join_centre.py" line="53"/>
        <source>Centre key</source>
        <translation>Chiave del centro</translation>
    </message>
    <message>
        <location filename="../join_centre.py" line="43"/>
        <source>from the centre&apos;s recovery sheet</source>
        <translation>dal foglio di ripristino del centro</translation>
    </message>
    <message>
        <location filename="../join_centre.py" line="46"/>
        <source>Join through the LRS</source>
        <translation>Collega tramite l'LRS</translation>
    </message>
    <message>
        <location filename="../join_centre.py" line="48"/>
        <source>Join from a bundle file…</source>
        <translation>Collega da un file pacchetto…</translation>
    </message>
    <message>
        <location filename="../join_centre.py" line="50"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../join_centre.py" line="63"/>
        <source>Join an existing centre</source>
        <translation>Collega questo PC a un centro esistente</translation>
    </message>
    <message>
        <location filename="../join_centre.py" line="67"/>
        <source>This PC gets the centre&apos;s learners and all their results. Type the centre key from the recovery sheet, then the centre&apos;s LRS details, or use a bundle file another PC of the centre saved on a USB stick.</source>
        <translation>Questo PC riceverà i partecipanti del centro e tutti i loro risultati. Inserisca la chiave del centro che trova sul foglio di ripristino, poi i dati LRS del centro; oppure usi un file pacchetto che un altro PC del centro ha salvato su una chiavetta USB.</translation>
    </message>
    <message>
        <location filename="../join_centre.py" line="89"/>
        <source>Please fill in the centre key and all LRS details.</source>
        <translation>Inserisca la chiave del centro e tutti i dati LRS.</translation>
    </message>
    <message>
        <location filename="../join_centre.py" line="102"/>
        <source>Choose the bundle file</source>
        <translation>Scelga il file pacchetto</translation>
    </message>
    <message>
        <location filename="../join_centre.py" line="102"/>
        <source>Bundles (*.zip)</source>
        <translation>Pacchetti (*.zip)</translation>
    </message>
    <message>
        <location filename="../join_centre.py" line="113"/>
        <source>Please type the centre key first.</source>
        <translation>Inserisca prima la chiave del centro.</translation>
    </message>
    <message>
        <location filename="../join_centre.py" line="119"/>
        <source>Joining the centre… this can take a few minutes.</source>
        <translation>Collegamento al centro in corso… Può richiedere qualche minuto.</translation>
    </message>
    <message>
        <location filename="../join_centre.py" line="137"/>
        <source>Joining failed: %1</source>
        <translation>Il collegamento non è riuscito: %1</translation>
    </message>
</context>
<context>
    <name>LearnerForm</name>
    <message>
        <location filename="../learner_form.py" line="48"/>
        <source>New learner</source>
        <translation>Nuovo partecipante</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="48"/>
        <source>Edit learner</source>
        <translation>Modifica partecipante</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="51"/>
        <location filename="../learner_form.py" line="107"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="55"/>
        <location filename="../learner_form.py" line="108"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="57"/>
        <source>4 to 6 numbers, or leave empty for no PIN</source>
        <translation>Da 4 a 6 cifre, oppure lasci vuoto per non usare il PIN</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="59"/>
        <source>Leave empty to keep the current PIN</source>
        <translation>Lasci vuoto per mantenere il PIN attuale</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="61"/>
        <source>Remove the PIN</source>
        <translation>Rimuovi il PIN</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="64"/>
        <source>Colour of the tile</source>
        <translation>Colore del riquadro</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="68"/>
        <source>Colour %1</source>
        <translation>Colore %1</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="71"/>
        <source>Picture on the tile</source>
        <translation>Immagine sul riquadro</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="75"/>
        <location filename="../learner_form.py" line="112"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="79"/>
        <source>Gender (optional)</source>
        <translation>Genere (facoltativo)</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="81"/>
        <location filename="../learner_form.py" line="91"/>
        <source>Prefer not to say</source>
        <translation>Preferisce non rispondere</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="82"/>
        <source>Woman</source>
        <translation>Donna</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="83"/>
        <source>Man</source>
        <translation>Uomo</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="84"/>
        <source>Another gender</source>
        <translation>Altro genere</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="88"/>
        <source>Age (optional)</source>
        <translation>Età (facoltativa)</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="94"/>
        <source>Agrees that the centre keeps their learning records (needed)</source>
        <translation>Accetta che il centro conservi i suoi dati di apprendimento (obbligatorio)</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="97"/>
        <source>Agrees that their results are counted, without their name, by the programme</source>
        <translation>Accetta che i suoi risultati vengano conteggiati dal programma, in forma anonima</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="110"/>
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="111"/>
        <source>Picture</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="113"/>
        <source>Gender</source>
        <translation>Genere</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="114"/>
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="126"/>
        <source>First letter</source>
        <translation>Iniziale</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="127"/>
        <source>Sun</source>
        <translation>Sole</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="128"/>
        <source>Star</source>
        <translation>Stella</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="129"/>
        <source>Heart</source>
        <translation>Cuore</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="130"/>
        <source>Flower</source>
        <translation>Fiore</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="131"/>
        <source>House</source>
        <translation>Casa</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="132"/>
        <source>Music note</source>
        <translation>Nota musicale</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="133"/>
        <source>Snowflake</source>
        <translation>Fiocco di neve</translation>
    </message>
    <message>
        <location filename="../learner_form.py" line="134"/>
        <source>Umbrella</source>
        <translation>Ombrello</translation>
    </message>
</context>
<context>
    <name>LearnerPage</name>
    <message>
        <location filename="../learner_page.py" line="53"/>
        <location filename="../learner_page.py" line="64"/>
        <source>Quiz answers</source>
        <translation>Risposte ai quiz</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="54"/>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="54"/>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="54"/>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="56"/>
        <source>Competence levels</source>
        <translation>Livelli di competenza</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="58"/>
        <source>Competence</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="58"/>
        <source>Self-assessed</source>
        <translation>Autovalutazione</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="58"/>
        <source>Trainer</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="61"/>
        <location filename="../learner_page.py" line="66"/>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="63"/>
        <source>Courses</source>
        <translation>Corsi</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="65"/>
        <source>Competences</source>
        <translation>Competenze</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="67"/>
        <source>Record an observed level…</source>
        <translation>Registra un livello osservato…</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="69"/>
        <source>Assign a course…</source>
        <translation>Assegna un corso…</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="71"/>
        <source>Export this learner&apos;s data…</source>
        <translation>Esporta i dati di questo partecipante…</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="73"/>
        <source>Erase this learner&apos;s data…</source>
        <translation>Cancella i dati di questo partecipante…</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="75"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="92"/>
        <source>Groups: %1</source>
        <translation>Gruppi: %1</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="92"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="123"/>
        <source>right (try %1)</source>
        <translation>corretta (tentativo %1)</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="125"/>
        <source>not right (try %1)</source>
        <translation>non corretta (tentativo %1)</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="140"/>
        <source>differ by 2 or more: talk it over</source>
        <translation>differenza di 2 o più: da discutere insieme</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="181"/>
        <source>Choose where to save</source>
        <translation>Scelga dove salvare</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="196"/>
        <source>Data about %1</source>
        <translation>Dati di %1</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="215"/>
        <source>Erase this learner&apos;s data?</source>
        <translation>Cancellare i dati di questo partecipante?</translation>
    </message>
    <message>
        <location filename="../learner_page.py" line="217"/>
        <source>This removes %1&apos;s profile and every learning record from this PC and the centre&apos;s other PCs. It cannot be undone.

%2</source>
        <translation>Il profilo di %1 e tutti i suoi dati di apprendimento verranno cancellati da questo PC e dagli altri PC del centro. L&apos;operazione non si può annullare.

%2</translation>
    </message>
</context>
<context>
    <name>LearnerTile</name>
    <message>
        <location filename="../widgets.py" line="92"/>
        <source>Sign in as %1</source>
        <translation>Accedi come %1</translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <location filename="../trainer_home.py" line="104"/>
        <source>Learners</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="106"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="106"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="106"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="106"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="115"/>
        <source>Show archived learners</source>
        <translation>Mostra i partecipanti archiviati</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="117"/>
        <source>New learner</source>
        <translation>Nuovo partecipante</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="119"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="120"/>
        <source>Open the learner&apos;s page</source>
        <translation>Apri la pagina del partecipante</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="122"/>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="124"/>
        <location filename="../trainer_home.py" line="192"/>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="126"/>
        <source>Unlock PIN</source>
        <translation>Sblocca PIN</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="154"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="154"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="165"/>
        <source>archived</source>
        <translation>archiviato</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="167"/>
        <source>locked (too many wrong PINs)</source>
        <translation>bloccato (troppi PIN sbagliati)</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="168"/>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="192"/>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <location filename="../lesson_view.py" line="94"/>
        <source>Lesson text</source>
        <translation>Testo della lezione</translation>
    </message>
    <message>
        <location filename="../lesson_view.py" line="103"/>
        <source>Check what I learned</source>
        <translation>Verifica cosa ho imparato</translation>
    </message>
    <message>
        <location filename="../lesson_view.py" line="103"/>
        <source>I have finished this lesson</source>
        <translation>Ho finito questa lezione</translation>
    </message>
    <message>
        <location filename="../lesson_view.py" line="107"/>
        <source>Back to the course</source>
        <translation>Torna al corso</translation>
    </message>
    <message>
        <location filename="../lesson_view.py" line="109"/>
        <location filename="../lesson_view.py" line="149"/>
        <source>Read aloud</source>
        <translation>Leggi ad alta voce</translation>
    </message>
    <message>
        <location filename="../lesson_view.py" line="116"/>
        <source>%1 · Lesson %2 of %3</source>
        <translation>%1 · Lezione %2 di %3</translation>
    </message>
    <message>
        <location filename="../lesson_view.py" line="153"/>
        <source>Stop reading</source>
        <translation>Ferma la lettura</translation>
    </message>
    <message>
        <location filename="../lesson_view.py" line="168"/>
        <source>Links are switched off</source>
        <translation>I link sono disattivati</translation>
    </message>
    <message>
        <location filename="../lesson_view.py" line="169"/>
        <source>Opening web pages from lessons is switched off on this PC.</source>
        <translation>Su questo PC le lezioni non possono aprire pagine web.</translation>
    </message>
    <message>
        <location filename="../lesson_view.py" line="174"/>
        <source>Open a web page?</source>
        <translation>Aprire una pagina web?</translation>
    </message>
    <message>
        <location filename="../lesson_view.py" line="176"/>
        <source>This link opens a web page outside SkillsApp, in your web browser:

%1

Do you want to open it?</source>
        <translation>Questo link apre una pagina web fuori da SkillsApp, nel suo browser:

%1

Vuole aprirla?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="83"/>
        <location filename="../main_window.py" line="215"/>
        <location filename="../main_window.py" line="267"/>
        <source>Finish</source>
        <translation>Ho finito</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="84"/>
        <location filename="../main_window.py" line="217"/>
        <source>Finish and sign out</source>
        <translation>Ho finito: esci</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="100"/>
        <location filename="../main_window.py" line="216"/>
        <source>I am still here</source>
        <translation>Sono ancora qui</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="215"/>
        <location filename="../main_window.py" line="286"/>
        <source>Sign out</source>
        <translation>Esci</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="352"/>
        <source>Are you still there? You will be signed out in %n seconds to keep your work private.</source>
        <translation>
            <numerusform>È ancora lì? Tra %n secondo la sessione verrà chiusa, così il suo lavoro resta privato.</numerusform>
            <numerusform>È ancora lì? Tra %n secondi la sessione verrà chiusa, così il suo lavoro resta privato.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchInput</name>
    <message>
        <location filename="../answer_inputs.py" line="129"/>
        <source>Choose…</source>
        <translation>Scelga…</translation>
    </message>
</context>
<context>
    <name>MyData</name>
    <message>
        <location filename="../my_data_text.py" line="13"/>
        <source>What happens in the learning record store (LRS): it only ever received results under a number, never a name. Results it already received are marked as withdrawn (voided), so reports no longer count them, but the store keeps a record that they existed.</source>
        <translation>Cosa succede nell'archivio dei dati di apprendimento (LRS): ha sempre ricevuto i risultati solo con un numero, mai con un nome. I risultati che ha già ricevuto vengono segnati come ritirati (voided), così i report non li contano più, ma l'archivio conserva traccia del fatto che sono esistiti.</translation>
    </message>
    <message>
        <location filename="../my_data_text.py" line="23"/>
        <source>The centre keeps your learning records.</source>
        <translation>Il centro conserva i suoi dati di apprendimento.</translation>
    </message>
    <message>
        <location filename="../my_data_text.py" line="25"/>
        <source>Your results are counted, without your name, by the programme.</source>
        <translation>I suoi risultati vengono conteggiati dal programma, senza il suo nome.</translation>
    </message>
    <message>
        <location filename="../my_data_text.py" line="29"/>
        <source>Your results are not shared with the programme.</source>
        <translation>I suoi risultati non vengono condivisi con il programma.</translation>
    </message>
    <message>
        <location filename="../my_data_text.py" line="32"/>
        <source>You agreed on %1.</source>
        <translation>Ha dato il consenso il %1.</translation>
    </message>
    <message>
        <location filename="../my_data_text.py" line="37"/>
        <source>Your profile</source>
        <translation>Il suo profilo</translation>
    </message>
    <message>
        <location filename="../my_data_text.py" line="38"/>
        <source>First name %1; language %2; %3; tile colour and picture.</source>
        <translation>Nome: %1; lingua: %2; %3; colore e immagine del riquadro.</translation>
    </message>
    <message>
        <location filename="../my_data_text.py" line="45"/>
        <source>a PIN is set</source>
        <translation>con PIN</translation>
    </message>
    <message>
        <location filename="../my_data_text.py" line="47"/>
        <source>no PIN</source>
        <translation>senza PIN</translation>
    </message>
    <message>
        <location filename="../my_data_text.py" line="51"/>
        <source>About you (optional)</source>
        <translation>Su di lei (facoltativo)</translation>
    </message>
    <message>
        <location filename="../my_data_text.py" line="52"/>
        <source>Gender: %1. Age: %2.</source>
        <translation>Genere: %1. Età: %2.</translation>
    </message>
    <message>
        <location filename="../my_data_text.py" line="56"/>
        <source>What you agreed to</source>
        <translation>Il suo consenso</translation>
    </message>
    <message>
        <location filename="../my_data_text.py" line="58"/>
        <source>Your courses</source>
        <translation>I suoi corsi</translation>
    </message>
    <message>
        <location filename="../my_data_text.py" line="59"/>
        <source>%1 started, %2 finished.</source>
        <translation>Iniziati: %1; completati: %2.</translation>
    </message>
    <message>
        <location filename="../my_data_text.py" line="64"/>
        <source>Your visits</source>
        <translation>Le sue presenze</translation>
    </message>
    <message numerus="yes">
        <location filename="../my_data_text.py" line="65"/>
        <source>You came on %n day(s).</source>
        <translation>
            <numerusform>Ha frequentato il centro per %n giorno.</numerusform>
            <numerusform>Ha frequentato il centro per %n giorni.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../my_data_text.py" line="68"/>
        <source>Your groups</source>
        <translation>I suoi gruppi</translation>
    </message>
    <message>
        <location filename="../my_data_text.py" line="69"/>
        <source>None.</source>
        <translation>Nessuno.</translation>
    </message>
    <message>
        <location filename="../my_data_text.py" line="72"/>
        <source>Your learning records</source>
        <translation>I suoi dati di apprendimento</translation>
    </message>
    <message numerus="yes">
        <location filename="../my_data_text.py" line="73"/>
        <source>%n records of what you did (lessons opened, answers given, courses finished, self-checks).</source>
        <translation>
            <numerusform>%n registrazione di ciò che ha fatto (lezioni aperte, risposte date, corsi completati, autovalutazioni).</numerusform>
            <numerusform>%n registrazioni di ciò che ha fatto (lezioni aperte, risposte date, corsi completati, autovalutazioni).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../my_data_text.py" line="86"/>
        <source>woman</source>
        <translation>donna</translation>
    </message>
    <message>
        <location filename="../my_data_text.py" line="87"/>
        <source>man</source>
        <translation>uomo</translation>
    </message>
    <message>
        <location filename="../my_data_text.py" line="88"/>
        <source>another gender</source>
        <translation>altro genere</translation>
    </message>
    <message>
        <location filename="../my_data_text.py" line="89"/>
        <source>not stated</source>
        <translation>nessuna indicazione</translation>
    </message>
</context>
<context>
    <name>MyDataScreen</name>
    <message>
        <location filename="../my_data_screen.py" line="43"/>
        <source>Save a copy of my data (with a trainer)</source>
        <translation>Salva una copia dei miei dati (con un tutor)</translation>
    </message>
    <message>
        <location filename="../my_data_screen.py" line="45"/>
        <source>Erase my data (with a trainer)</source>
        <translation>Cancella i miei dati (con un tutor)</translation>
    </message>
    <message>
        <location filename="../my_data_screen.py" line="47"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../my_data_screen.py" line="58"/>
        <source>My data</source>
        <translation>I miei dati</translation>
    </message>
    <message>
        <location filename="../my_data_screen.py" line="59"/>
        <source>This is everything SkillsApp keeps about you.</source>
        <translation>Questo è tutto ciò che SkillsApp conserva su di lei.</translation>
    </message>
    <message>
        <location filename="../my_data_screen.py" line="72"/>
        <source>A trainer helps you save a copy of your data.</source>
        <translation>Un tutor la aiuta a salvare una copia dei suoi dati.</translation>
    </message>
    <message>
        <location filename="../my_data_screen.py" line="75"/>
        <source>Choose where to save</source>
        <translation>Scelga dove salvare</translation>
    </message>
    <message>
        <location filename="../my_data_screen.py" line="80"/>
        <source>Saved: %1</source>
        <translation>Salvato: %1</translation>
    </message>
    <message>
        <location filename="../my_data_screen.py" line="88"/>
        <source>A trainer helps you erase your data.</source>
        <translation>Un tutor la aiuta a cancellare i suoi dati.</translation>
    </message>
</context>
<context>
    <name>OrderInput</name>
    <message>
        <location filename="../answer_inputs.py" line="82"/>
        <source>Steps to put in order</source>
        <translation>Metta i passaggi nell&apos;ordine giusto</translation>
    </message>
    <message>
        <location filename="../answer_inputs.py" line="91"/>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <location filename="../answer_inputs.py" line="93"/>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
</context>
<context>
    <name>PcSettings</name>
    <message>
        <location filename="../pc_settings.py" line="33"/>
        <location filename="../pc_settings.py" line="50"/>
        <source>Text size on the start screen</source>
        <translation>Dimensione del testo nella schermata iniziale</translation>
    </message>
    <message>
        <location filename="../pc_settings.py" line="37"/>
        <source>Strong contrast on the start screen</source>
        <translation>Contrasto forte nella schermata iniziale</translation>
    </message>
    <message>
        <location filename="../pc_settings.py" line="41"/>
        <source> minutes</source>
        <translation> minuti</translation>
    </message>
    <message>
        <location filename="../pc_settings.py" line="43"/>
        <location filename="../pc_settings.py" line="52"/>
        <source>Sign out after no activity for</source>
        <translation>Uscita automatica dopo un&apos;inattività di</translation>
    </message>
    <message>
        <location filename="../pc_settings.py" line="44"/>
        <source>Lessons may open web pages (after asking)</source>
        <translation>Le lezioni possono aprire pagine web (dopo aver chiesto)</translation>
    </message>
    <message>
        <location filename="../pc_settings.py" line="46"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../pc_settings.py" line="58"/>
        <source>These settings are for this PC only.</source>
        <translation>Queste impostazioni valgono solo per questo PC.</translation>
    </message>
    <message>
        <location filename="../pc_settings.py" line="73"/>
        <source>The settings could not be saved: %1</source>
        <translation>Non è stato possibile salvare le impostazioni: %1</translation>
    </message>
    <message>
        <location filename="../pc_settings.py" line="76"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../pin_screen.py" line="37"/>
        <source>Your PIN</source>
        <translation>Il suo PIN</translation>
    </message>
    <message>
        <location filename="../pin_screen.py" line="41"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../pin_screen.py" line="43"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../pin_screen.py" line="50"/>
        <source>Erase</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <location filename="../pin_screen.py" line="51"/>
        <source>Erase the last number</source>
        <translation>Cancella l&apos;ultima cifra</translation>
    </message>
    <message>
        <location filename="../pin_screen.py" line="61"/>
        <source>Type your PIN</source>
        <translation>Inserisca il suo PIN</translation>
    </message>
    <message>
        <location filename="../pin_screen.py" line="105"/>
        <source>Too many wrong PINs. Please wait until %1 or ask your trainer to unlock.</source>
        <translation>Troppi PIN sbagliati. Aspetti fino alle %1 oppure chieda al suo tutor di sbloccarlo.</translation>
    </message>
    <message>
        <location filename="../pin_screen.py" line="109"/>
        <source>That PIN is not right. You can try once more.</source>
        <translation>Il PIN non è giusto. Può riprovare ancora una volta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../pin_screen.py" line="112"/>
        <source>That PIN is not right. You can try %n more times.</source>
        <translation>
            <numerusform>Il PIN non è giusto. Può riprovare ancora %n volta.</numerusform>
            <numerusform>Il PIN non è giusto. Può riprovare ancora %n volte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../quiz_view.py" line="67"/>
        <source>Check my answer</source>
        <translation>Controlla la risposta</translation>
    </message>
    <message>
        <location filename="../quiz_view.py" line="69"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../quiz_view.py" line="71"/>
        <location filename="../quiz_view.py" line="143"/>
        <source>Next question</source>
        <translation>Domanda successiva</translation>
    </message>
    <message>
        <location filename="../quiz_view.py" line="73"/>
        <source>Back to the lesson</source>
        <translation>Torna alla lezione</translation>
    </message>
    <message>
        <location filename="../quiz_view.py" line="75"/>
        <source>Back to the course</source>
        <translation>Torna al corso</translation>
    </message>
    <message>
        <location filename="../quiz_view.py" line="79"/>
        <source>Try the quiz again</source>
        <translation>Rifai il quiz</translation>
    </message>
    <message>
        <location filename="../quiz_view.py" line="111"/>
        <source>Question %1 of %2</source>
        <translation>Domanda %1 di %2</translation>
    </message>
    <message>
        <location filename="../quiz_view.py" line="141"/>
        <source>See my result</source>
        <translation>Vedi il risultato</translation>
    </message>
    <message>
        <location filename="../quiz_view.py" line="206"/>
        <source>Your result</source>
        <translation>Il suo risultato</translation>
    </message>
    <message>
        <location filename="../quiz_view.py" line="208"/>
        <source>You answered %1 of %2 questions right the first time.</source>
        <translation>Ha risposto bene a %1 domande su %2 al primo tentativo.</translation>
    </message>
    <message>
        <location filename="../quiz_view.py" line="213"/>
        <source>Well done! You finished the whole course.</source>
        <translation>Complimenti! Ha completato tutto il corso.</translation>
    </message>
    <message>
        <location filename="../quiz_view.py" line="215"/>
        <source>Well done! You passed this lesson.</source>
        <translation>Complimenti! Ha superato questa lezione.</translation>
    </message>
    <message>
        <location filename="../quiz_view.py" line="218"/>
        <source>Not yet. Read the lesson again, then try once more.</source>
        <translation>Non ancora. Rilegga la lezione e poi riprovi.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../report_view.py" line="35"/>
        <source>Report table</source>
        <translation>Tabella del report</translation>
    </message>
    <message>
        <location filename="../report_view.py" line="40"/>
        <source>Save as CSV…</source>
        <translation>Salva come CSV…</translation>
    </message>
    <message>
        <location filename="../report_view.py" line="42"/>
        <source>Save as PDF…</source>
        <translation>Salva come PDF…</translation>
    </message>
    <message>
        <location filename="../report_view.py" line="85"/>
        <source>Save as CSV</source>
        <translation>Salva come CSV</translation>
    </message>
    <message>
        <location filename="../report_view.py" line="93"/>
        <source>Save as PDF</source>
        <translation>Salva come PDF</translation>
    </message>
    <message>
        <location filename="../report_view.py" line="107"/>
        <location filename="../report_view.py" line="118"/>
        <source>Saved as %1</source>
        <translation>Salvato come %1</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../reports_tab.py" line="32"/>
        <location filename="../reports_tab.py" line="65"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../reports_tab.py" line="33"/>
        <source>Programme indicators</source>
        <translation>Indicatori del programma</translation>
    </message>
    <message>
        <location filename="../reports_tab.py" line="34"/>
        <source>Group progress</source>
        <translation>Progressi di un gruppo</translation>
    </message>
    <message>
        <location filename="../reports_tab.py" line="35"/>
        <source>A learner&apos;s record</source>
        <translation>Scheda di un partecipante</translation>
    </message>
    <message>
        <location filename="../reports_tab.py" line="37"/>
        <location filename="../reports_tab.py" line="66"/>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <location filename="../reports_tab.py" line="41"/>
        <location filename="../reports_tab.py" line="67"/>
        <source>Learner</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <location filename="../reports_tab.py" line="47"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../reports_tab.py" line="47"/>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <location filename="../reports_tab.py" line="51"/>
        <source>Show the report</source>
        <translation>Mostra il report</translation>
    </message>
    <message>
        <location filename="../reports_tab.py" line="56"/>
        <source>Certificate code</source>
        <translation>Codice dell'attestato</translation>
    </message>
    <message>
        <location filename="../reports_tab.py" line="60"/>
        <source>Check a certificate</source>
        <translation>Verifica un attestato</translation>
    </message>
    <message>
        <location filename="../reports_tab.py" line="72"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../reports_tab.py" line="91"/>
        <source>No certificate of this centre has that code. Check the letters again.</source>
        <translation>Nessun attestato di questo centro ha questo codice. Controlli di nuovo le lettere.</translation>
    </message>
    <message>
        <location filename="../reports_tab.py" line="95"/>
        <source>Genuine: %1 finished “%2” on %3.</source>
        <translation>Autentico: %1 ha completato «%2» il %3.</translation>
    </message>
    <message>
        <location filename="../reports_tab.py" line="126"/>
        <source>There are no groups yet.</source>
        <translation>Non ci sono ancora gruppi.</translation>
    </message>
    <message>
        <location filename="../reports_tab.py" line="130"/>
        <source>There are no learners yet.</source>
        <translation>Non ci sono ancora partecipanti.</translation>
    </message>
</context>
<context>
    <name>ResidentHome</name>
    <message>
        <location filename="../resident_home.py" line="41"/>
        <source>A−  Smaller text</source>
        <translation>A−  Testo più piccolo</translation>
    </message>
    <message>
        <location filename="../resident_home.py" line="42"/>
        <source>Smaller text</source>
        <translation>Testo più piccolo</translation>
    </message>
    <message>
        <location filename="../resident_home.py" line="44"/>
        <source>A+  Bigger text</source>
        <translation>A+  Testo più grande</translation>
    </message>
    <message>
        <location filename="../resident_home.py" line="45"/>
        <source>Bigger text</source>
        <translation>Testo più grande</translation>
    </message>
    <message>
        <location filename="../resident_home.py" line="49"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../resident_home.py" line="56"/>
        <source>Strong contrast (white on black)</source>
        <translation>Contrasto forte (bianco su nero)</translation>
    </message>
    <message>
        <location filename="../resident_home.py" line="62"/>
        <source>Check my digital skills</source>
        <translation>Valuta le mie competenze digitali</translation>
    </message>
    <message>
        <location filename="../resident_home.py" line="64"/>
        <source>My skills</source>
        <translation>Le mie competenze</translation>
    </message>
    <message>
        <location filename="../resident_home.py" line="66"/>
        <source>My certificates</source>
        <translation>I miei attestati</translation>
    </message>
    <message>
        <location filename="../resident_home.py" line="68"/>
        <source>My data</source>
        <translation>I miei dati</translation>
    </message>
    <message>
        <location filename="../resident_home.py" line="72"/>
        <source>From your trainer</source>
        <translation>Dal suo tutor</translation>
    </message>
    <message>
        <location filename="../resident_home.py" line="73"/>
        <source>Recommended for you</source>
        <translation>Consigliati per lei</translation>
    </message>
    <message>
        <location filename="../resident_home.py" line="74"/>
        <source>My courses</source>
        <translation>I miei corsi</translation>
    </message>
    <message>
        <location filename="../resident_home.py" line="75"/>
        <source>More courses</source>
        <translation>Altri corsi</translation>
    </message>
    <message>
        <location filename="../resident_home.py" line="107"/>
        <source>Hello, %1!</source>
        <translation>Salve, %1!</translation>
    </message>
    <message>
        <location filename="../resident_home.py" line="111"/>
        <source>Choose a course to start. Your progress is saved as you go. When you are done, press Finish at the top.</source>
        <translation>Scelga un corso per iniziare. I suoi progressi vengono salvati man mano. Quando ha finito, prema «Ho finito» in alto.</translation>
    </message>
    <message>
        <location filename="../resident_home.py" line="130"/>
        <source>Continue where I left off: %1 – %2</source>
        <translation>Riprendi da dove avevo lasciato: %1 – %2</translation>
    </message>
    <message>
        <location filename="../resident_home.py" line="149"/>
        <source>Please finish by %1</source>
        <translation>Da completare entro il %1</translation>
    </message>
    <message>
        <location filename="../resident_home.py" line="160"/>
        <source>Courses</source>
        <translation>Corsi</translation>
    </message>
    <message>
        <location filename="../resident_home.py" line="164"/>
        <source>My certificates (%1)</source>
        <translation>I miei attestati (%1)</translation>
    </message>
    <message>
        <location filename="../resident_home.py" line="169"/>
        <source>Not sure where to start? “Check my digital skills” suggests courses.</source>
        <translation>Non sa da dove cominciare? «Valuta le mie competenze digitali» le suggerisce dei corsi.</translation>
    </message>
    <message>
        <location filename="../resident_home.py" line="181"/>
        <source>My skills (levels 1–8): %1</source>
        <translation>Le mie competenze (livelli 1–8): %1</translation>
    </message>
    <message>
        <location filename="../resident_home.py" line="203"/>
        <source>Text size %1</source>
        <translation>Dimensione del testo %1</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentScreen</name>
    <message>
        <location filename="../self_assessment.py" line="43"/>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <location filename="../self_assessment.py" line="58"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../self_assessment.py" line="59"/>
        <source>Back to the previous statement</source>
        <translation>Torna all&apos;affermazione precedente</translation>
    </message>
    <message>
        <location filename="../self_assessment.py" line="61"/>
        <location filename="../self_assessment.py" line="62"/>
        <source>Pause and finish later</source>
        <translation>Faccio una pausa e finisco dopo</translation>
    </message>
    <message>
        <location filename="../self_assessment.py" line="93"/>
        <source>Statement %1 of %2</source>
        <translation>Affermazione %1 di %2</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../setup_wizard.py" line="135"/>
        <location filename="../setup_wizard.py" line="147"/>
        <source>Name of the centre</source>
        <translation>Nome del centro</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="136"/>
        <source>for example: Village hall of Lindenau</source>
        <translation>ad esempio: Biblioteca comunale di Castelnuovo</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="139"/>
        <location filename="../setup_wizard.py" line="148"/>
        <source>Default language</source>
        <translation>Lingua predefinita</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="143"/>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="63"/>
        <location filename="../setup_wizard.py" line="150"/>
        <source>Welcome to SkillsApp</source>
        <translation>Benvenuti in SkillsApp</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="55"/>
        <source>Set up a new centre</source>
        <translation>Crea un nuovo centro</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="57"/>
        <source>Join an existing centre</source>
        <translation>Collega questo PC a un centro esistente</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="59"/>
        <source>For another PC of a centre that already uses SkillsApp</source>
        <translation>Per un altro PC di un centro che usa già SkillsApp</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="67"/>
        <source>Is this the first PC of your centre, or does your centre already use SkillsApp on another PC?</source>
        <translation>È il primo PC del suo centro, oppure il suo centro usa già SkillsApp su un altro PC?</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="83"/>
        <source>Recovery sheet</source>
        <translation>Foglio di ripristino</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="84"/>
        <source>Save the recovery sheet…</source>
        <translation>Salva il foglio di ripristino…</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="87"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="94"/>
        <source>Your centre key</source>
        <translation>La chiave del suo centro</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="98"/>
        <source>Print or save this sheet and keep it locked away. You need the centre key to set up another PC of the centre.</source>
        <translation>Stampi o salvi questo foglio e lo conservi sotto chiave. La chiave del centro serve per configurare un altro PC del centro.</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="118"/>
        <source>Save the recovery sheet</source>
        <translation>Salva il foglio di ripristino</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="130"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="154"/>
        <source>Let&apos;s set up this PC for your centre. Step 1 of 2: the centre. You can change these later.</source>
        <translation>Configuriamo questo PC per il suo centro. Passo 1 di 2: il centro. Potrà cambiare questi dati anche in seguito.</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="172"/>
        <location filename="../setup_wizard.py" line="188"/>
        <source>Your name</source>
        <translation>Il suo nome</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="176"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="177"/>
        <source>At least 8 characters</source>
        <translation>Almeno 8 caratteri</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="180"/>
        <location filename="../setup_wizard.py" line="190"/>
        <source>Password again</source>
        <translation>Ripeta la password</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="182"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="184"/>
        <source>Create the centre</source>
        <translation>Crea il centro</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="189"/>
        <source>Password (at least 8 characters)</source>
        <translation>Password (almeno 8 caratteri)</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="192"/>
        <source>The first trainer account</source>
        <translation>Il primo account tutor</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="196"/>
        <source>Step 2 of 2: you. Trainers sign in with this password to add learners and follow their progress.</source>
        <translation>Passo 2 di 2: lei. I tutor accedono con questa password per aggiungere partecipanti e seguirne i progressi.</translation>
    </message>
    <message>
        <location filename="../setup_wizard.py" line="234"/>
        <source>The two passwords are not the same.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
</context>
<context>
    <name>SkillsCheckStart</name>
    <message>
        <location filename="../skills_check_start.py" line="27"/>
        <source>Check my digital skills</source>
        <translation>Valuta le mie competenze digitali</translation>
    </message>
    <message>
        <location filename="../skills_check_start.py" line="31"/>
        <source>You read short sentences like “I can send a photo by e-mail” and say how well they fit you. There are no wrong answers. It is not a test.</source>
        <translation>Legge brevi frasi come «So mandare una foto per e-mail» e indica quanto la descrivono. Non ci sono risposte sbagliate. Non è un esame.</translation>
    </message>
    <message>
        <location filename="../skills_check_start.py" line="37"/>
        <source>Continue where I stopped</source>
        <translation>Riprendi da dove avevo lasciato</translation>
    </message>
    <message>
        <location filename="../skills_check_start.py" line="42"/>
        <source>A quick check of one topic (about 10 minutes):</source>
        <translation>Una valutazione veloce su un argomento (circa 10 minuti):</translation>
    </message>
    <message>
        <location filename="../skills_check_start.py" line="52"/>
        <source>The full check of all topics (about 30 minutes)</source>
        <translation>La valutazione completa su tutti gli argomenti (circa 30 minuti)</translation>
    </message>
    <message>
        <location filename="../skills_check_start.py" line="57"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../start_screen.py" line="39"/>
        <location filename="../start_screen.py" line="64"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="54"/>
        <location filename="../start_screen.py" line="55"/>
        <source>Trainer sign-in</source>
        <translation>Accesso tutor</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="58"/>
        <source>No learners yet. A trainer can add them after signing in.</source>
        <translation>Non ci sono ancora partecipanti. Un tutor può aggiungerli dopo aver fatto l&apos;accesso.</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="63"/>
        <source>Welcome to %1</source>
        <translation>%1 – benvenuti!</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="67"/>
        <source>Choose your name to start.</source>
        <translation>Scelga il suo nome per iniziare.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../sync_indicator.py" line="21"/>
        <source>Sync state</source>
        <translation>Stato della sincronizzazione</translation>
    </message>
    <message>
        <location filename="../sync_indicator.py" line="37"/>
        <source>✓ Results sent</source>
        <translation>✓ Risultati inviati</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_indicator.py" line="38"/>
        <source>Waiting to send %n result(s)</source>
        <translation>
            <numerusform>%n risultato in attesa di invio</numerusform>
            <numerusform>%n risultati in attesa di invio</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync_indicator.py" line="39"/>
        <source>Offline: results are kept here</source>
        <translation>Offline: i risultati restano salvati qui</translation>
    </message>
    <message>
        <location filename="../sync_indicator.py" line="40"/>
        <source>Sync problem: see Sync in the trainer&apos;s tools</source>
        <translation>Problema di sincronizzazione: vedere «Sincronizzazione» negli strumenti del tutor</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../sync_page.py" line="51"/>
        <location filename="../sync_page.py" line="77"/>
        <source>LRS address</source>
        <translation>Indirizzo LRS</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="53"/>
        <location filename="../sync_page.py" line="78"/>
        <source>LRS key</source>
        <translation>Chiave LRS</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="54"/>
        <location filename="../sync_page.py" line="79"/>
        <source>LRS secret</source>
        <translation>Segreto LRS</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="56"/>
        <source>Send and receive results (sync on)</source>
        <translation>Invia e ricevi i risultati (sincronizzazione attiva)</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="58"/>
        <source>Also on metered connections (mobile data)</source>
        <translation>Anche con connessioni a consumo (dati mobili)</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="62"/>
        <source>Answer of the LRS</source>
        <translation>Risposta dell&apos;LRS</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="65"/>
        <source>Sync state</source>
        <translation>Stato della sincronizzazione</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="67"/>
        <source>Results the LRS refused</source>
        <translation>Risultati rifiutati dall&apos;LRS</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="69"/>
        <source>Test connection</source>
        <translation>Prova la connessione</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="70"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="71"/>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="72"/>
        <source>Export a bundle (USB)…</source>
        <translation>Esporta un pacchetto (USB)…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="73"/>
        <source>Import a bundle…</source>
        <translation>Importa un pacchetto…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="74"/>
        <source>Print the recovery sheet…</source>
        <translation>Stampa il foglio di ripristino…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="91"/>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="95"/>
        <source>Results are kept on this PC first and sent to the centre&apos;s record store (LRS) when there is a connection. Without one, use a bundle on a USB stick.</source>
        <translation>I risultati vengono salvati prima su questo PC e poi inviati all&apos;archivio dati del centro (LRS) quando c&apos;è una connessione. Senza connessione, usi un pacchetto su una chiavetta USB.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="105"/>
        <source>Results the LRS refused:</source>
        <translation>Risultati rifiutati dall&apos;LRS:</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="126"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="132"/>
        <source>Asking the LRS…</source>
        <translation>Richiesta all&apos;LRS in corso…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="140"/>
        <source>Sending and receiving…</source>
        <translation>Invio e ricezione in corso…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="145"/>
        <source>Writing the bundle…</source>
        <translation>Scrittura del pacchetto in corso…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="149"/>
        <source>Wrote %1 results to %2.</source>
        <translation>%1 risultati scritti in %2.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="158"/>
        <source>Reading the bundle…</source>
        <translation>Lettura del pacchetto in corso…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="164"/>
        <source>Export a bundle</source>
        <translation>Esporta un pacchetto</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="172"/>
        <source>Import a bundle</source>
        <translation>Importa un pacchetto</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="194"/>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="196"/>
        <source>Last sent: %1</source>
        <translation>Ultimo invio: %1</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="197"/>
        <source>Last received: %1</source>
        <translation>Ultima ricezione: %1</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="198"/>
        <source>Waiting to send: %1</source>
        <translation>In attesa di invio: %1</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="201"/>
        <source>Last problem: %1</source>
        <translation>Ultimo problema: %1</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="221"/>
        <source>Imported %1 new results of %2.</source>
        <translation>Importati %1 risultati nuovi su %2.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="234"/>
        <source>Something went wrong: %1</source>
        <translation>Qualcosa è andato storto: %1</translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <location filename="../answer_inputs.py" line="151"/>
        <source>Your answer</source>
        <translation>La sua risposta</translation>
    </message>
</context>
<context>
    <name>TrainerAssessmentScreen</name>
    <message>
        <location filename="../trainer_assessment.py" line="66"/>
        <location filename="../trainer_assessment.py" line="96"/>
        <location filename="../trainer_assessment.py" line="121"/>
        <source>Competence</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <location filename="../trainer_assessment.py" line="72"/>
        <source>Observed level, 1 to 8</source>
        <translation>Livello osservato, da 1 a 8</translation>
    </message>
    <message>
        <location filename="../trainer_assessment.py" line="76"/>
        <source>Task you watched</source>
        <translation>Attività osservata</translation>
    </message>
    <message>
        <location filename="../trainer_assessment.py" line="80"/>
        <location filename="../trainer_assessment.py" line="128"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../trainer_assessment.py" line="83"/>
        <source>Day you watched the task</source>
        <translation>Giorno dell&apos;osservazione</translation>
    </message>
    <message>
        <location filename="../trainer_assessment.py" line="90"/>
        <location filename="../trainer_assessment.py" line="91"/>
        <source>Save assessment</source>
        <translation>Salva la valutazione</translation>
    </message>
    <message>
        <location filename="../trainer_assessment.py" line="94"/>
        <source>Self-assessed and trainer levels</source>
        <translation>Livelli dell&apos;autovalutazione e del tutor</translation>
    </message>
    <message>
        <location filename="../trainer_assessment.py" line="96"/>
        <source>Self</source>
        <translation>Autovalutazione</translation>
    </message>
    <message>
        <location filename="../trainer_assessment.py" line="96"/>
        <source>Trainer</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <location filename="../trainer_assessment.py" line="96"/>
        <source>Check</source>
        <translation>Da verificare</translation>
    </message>
    <message>
        <location filename="../trainer_assessment.py" line="103"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../trainer_assessment.py" line="109"/>
        <location filename="../trainer_assessment.py" line="260"/>
        <source>Save profile as PDF</source>
        <translation>Salva il profilo come PDF</translation>
    </message>
    <message>
        <location filename="../trainer_assessment.py" line="110"/>
        <location filename="../trainer_assessment.py" line="267"/>
        <source>Save Europass text</source>
        <translation>Salva il testo per Europass</translation>
    </message>
    <message>
        <location filename="../trainer_assessment.py" line="111"/>
        <location filename="../trainer_assessment.py" line="273"/>
        <source>Save Open Badges</source>
        <translation>Salva gli Open Badges</translation>
    </message>
    <message>
        <location filename="../trainer_assessment.py" line="125"/>
        <source>Observed level</source>
        <translation>Livello osservato</translation>
    </message>
    <message>
        <location filename="../trainer_assessment.py" line="126"/>
        <source>Task watched</source>
        <translation>Attività osservata</translation>
    </message>
    <message>
        <location filename="../trainer_assessment.py" line="127"/>
        <source>Steps done</source>
        <translation>Passaggi svolti</translation>
    </message>
    <message>
        <location filename="../trainer_assessment.py" line="129"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../trainer_assessment.py" line="131"/>
        <source>Assess %1</source>
        <translation>Valuta %1</translation>
    </message>
    <message>
        <location filename="../trainer_assessment.py" line="137"/>
        <source>Flagged rows differ by 2 levels or more.</source>
        <translation>Le righe segnalate differiscono di 2 livelli o più.</translation>
    </message>
    <message>
        <location filename="../trainer_assessment.py" line="155"/>
        <source>No checklist</source>
        <translation>Nessuna lista di controllo</translation>
    </message>
    <message>
        <location filename="../trainer_assessment.py" line="208"/>
        <source>Differs by 2 or more</source>
        <translation>Differenza di 2 o più</translation>
    </message>
</context>
<context>
    <name>TrainerConfirm</name>
    <message>
        <location filename="../trainer_confirm.py" line="28"/>
        <source>A trainer confirms</source>
        <translation>Conferma di un tutor</translation>
    </message>
    <message>
        <location filename="../trainer_confirm.py" line="30"/>
        <location filename="../trainer_confirm.py" line="43"/>
        <source>Trainer</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <location filename="../trainer_confirm.py" line="35"/>
        <source>Trainer&apos;s password</source>
        <translation>Password del tutor</translation>
    </message>
    <message>
        <location filename="../trainer_confirm.py" line="44"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../trainer_confirm.py" line="60"/>
        <source>That password is not right. Please try again.</source>
        <translation>La password non è giusta. Riprovi, per favore.</translation>
    </message>
</context>
<context>
    <name>TrainerCourses</name>
    <message>
        <location filename="../trainer_courses.py" line="43"/>
        <source>Courses on this PC</source>
        <translation>Corsi su questo PC</translation>
    </message>
    <message>
        <location filename="../trainer_courses.py" line="44"/>
        <source>Import a course from a file…</source>
        <translation>Importa un corso da un file…</translation>
    </message>
    <message>
        <location filename="../trainer_courses.py" line="56"/>
        <source>Courses come with SkillsApp. You can add new ones from a .zip file, for example from a USB stick. A file is checked before anything is installed.</source>
        <translation>I corsi sono inclusi in SkillsApp. Può aggiungerne di nuovi da un file .zip, ad esempio da una chiavetta USB. Ogni file viene controllato prima di installare qualsiasi cosa.</translation>
    </message>
    <message>
        <location filename="../trainer_courses.py" line="78"/>
        <source>Choose a course file</source>
        <translation>Scelga un file di corso</translation>
    </message>
    <message>
        <location filename="../trainer_courses.py" line="78"/>
        <source>Course packs (*.zip)</source>
        <translation>Pacchetti di corsi (*.zip)</translation>
    </message>
    <message>
        <location filename="../trainer_courses.py" line="86"/>
        <source>Checking the file…</source>
        <translation>Controllo del file in corso…</translation>
    </message>
    <message>
        <location filename="../trainer_courses.py" line="98"/>
        <source>Install this course?</source>
        <translation>Installare questo corso?</translation>
    </message>
    <message>
        <location filename="../trainer_courses.py" line="99"/>
        <source>%1
Version %2
Languages: %3

%4

Install it on this PC?</source>
        <translation>%1
Versione %2
Lingue: %3

%4

Installarlo su questo PC?</translation>
    </message>
    <message>
        <location filename="../trainer_courses.py" line="122"/>
        <source>“%1” version %2 is installed.</source>
        <translation>Il corso «%1», versione %2, è stato installato.</translation>
    </message>
    <message>
        <location filename="../trainer_courses.py" line="134"/>
        <source>The file could not be read (%1). Nothing was installed.</source>
        <translation>Non è stato possibile leggere il file (%1). Non è stato installato nulla.</translation>
    </message>
</context>
<context>
    <name>TrainerForm</name>
    <message>
        <location filename="../trainer_form.py" line="27"/>
        <source>New trainer</source>
        <translation>Nuovo tutor</translation>
    </message>
    <message>
        <location filename="../trainer_form.py" line="30"/>
        <location filename="../trainer_form.py" line="44"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../trainer_form.py" line="33"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../trainer_form.py" line="36"/>
        <location filename="../trainer_form.py" line="46"/>
        <source>Password again</source>
        <translation>Ripeta la password</translation>
    </message>
    <message>
        <location filename="../trainer_form.py" line="45"/>
        <source>Password (at least 8 characters)</source>
        <translation>Password (almeno 8 caratteri)</translation>
    </message>
    <message>
        <location filename="../trainer_form.py" line="56"/>
        <source>The two passwords are not the same.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
</context>
<context>
    <name>TrainerHome</name>
    <message>
        <location filename="../trainer_home.py" line="65"/>
        <source>Dashboard</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="66"/>
        <source>Learners</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="67"/>
        <source>Groups</source>
        <translation>Gruppi</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="68"/>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="69"/>
        <source>Courses</source>
        <translation>Corsi</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="70"/>
        <source>Trainers</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="71"/>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="72"/>
        <source>This PC</source>
        <translation>Questo PC</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="82"/>
        <source>Hello, %1</source>
        <translation>Salve, %1</translation>
    </message>
</context>
<context>
    <name>TrainerSignIn</name>
    <message>
        <location filename="../trainer_signin.py" line="31"/>
        <location filename="../trainer_signin.py" line="44"/>
        <source>Trainer</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <location filename="../trainer_signin.py" line="36"/>
        <location filename="../trainer_signin.py" line="45"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../trainer_signin.py" line="39"/>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <location filename="../trainer_signin.py" line="41"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../trainer_signin.py" line="47"/>
        <source>Trainer sign-in</source>
        <translation>Accesso tutor</translation>
    </message>
    <message>
        <location filename="../trainer_signin.py" line="73"/>
        <source>That password is not right. Please try again.</source>
        <translation>La password non è giusta. Riprovi, per favore.</translation>
    </message>
</context>
<context>
    <name>TrainersTab</name>
    <message>
        <location filename="../trainer_home.py" line="248"/>
        <source>Trainers</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="249"/>
        <source>New trainer</source>
        <translation>Nuovo tutor</translation>
    </message>
    <message>
        <location filename="../trainer_home.py" line="251"/>
        <source>Close account</source>
        <translation>Chiudi l&apos;account</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../widgets.py" line="38"/>
        <source>Column headings</source>
        <translation>Intestazioni di colonna</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="40"/>
        <source>Row headings</source>
        <translation>Intestazioni di riga</translation>
    </message>
</context>
</TS>
