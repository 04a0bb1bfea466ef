<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AssessmentResultScreen</name>
    <message>
        <source>Courses that help you with the next step:</source>
        <translation>Questi corsi la aiutano a fare il prossimo passo:</translation>
    </message>
    <message>
        <source>Start the course %1</source>
        <translation>Inizia il corso «%1»</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>You have not done a self-assessment yet.</source>
        <translation>Non ha ancora fatto l&apos;autovalutazione.</translation>
    </message>
    <message>
        <source>You are confident with %1.</source>
        <translation>In questo se la cava già bene: %1.</translation>
    </message>
    <message>
        <source>You have made a start, and that is what counts.</source>
        <translation>Ha cominciato, ed è questo che conta.</translation>
    </message>
    <message>
        <source>%1 is the next step.</source>
        <translation>Il prossimo passo: %1.</translation>
    </message>
    <message>
        <source>You know more about %1 than you thought.</source>
        <translation>Su «%1» sai più di quanto pensassi.</translation>
    </message>
    <message>
        <source>You can do more with %1 than you thought.</source>
        <translation>In «%1» sai fare più di quanto pensassi.</translation>
    </message>
    <message>
        <source>%1 is worth another look: a course can help you feel sure.</source>
        <translation>%1 merita un altro sguardo: un corso può aiutarti a sentirti sicuro.</translation>
    </message>
    <message>
        <source>What you said of yourself, since last time:</source>
        <translation>Ciò che ha detto di sé, rispetto all&apos;ultima volta:</translation>
    </message>
    <message>
        <source>%1: %2 before, %3 now</source>
        <translation>%1: prima %2, ora %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>livello %1</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign a course to %1</source>
        <translation>Assegna un corso a %1</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>Finish by a day</source>
        <translation>Completare entro un giorno</translation>
    </message>
    <message>
        <source>Day to finish by</source>
        <translation>Completare entro il</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assegna</translation>
    </message>
</context>
<context>
    <name>CertificateList</name>
    <message>
        <source>What was saved</source>
        <translation>Cosa è stato salvato</translation>
    </message>
    <message>
        <source>%1, finished on %2</source>
        <translation>%1, completato il %2</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <source>Print the certificate: %1</source>
        <translation>Stampa l&apos;attestato: %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salva come PDF…</translation>
    </message>
    <message>
        <source>Save the certificate as PDF: %1</source>
        <translation>Salva l&apos;attestato come PDF: %1</translation>
    </message>
</context>
<context>
    <name>CertificatePaper</name>
    <message>
        <source>Certificate – %1 – %2</source>
        <translation>Attestato – %1 – %2</translation>
    </message>
    <message>
        <source>%1 %2: level %3 (%4)</source>
        <translation>%1 %2: livello %3 (%4)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestato</translation>
    </message>
    <message>
        <source>This certificate is awarded to</source>
        <translation>Si rilascia il presente attestato a</translation>
    </message>
    <message>
        <source>for completing the course</source>
        <translation>per aver completato il corso</translation>
    </message>
    <message>
        <source>Completed on %1</source>
        <translation>Completato il %1</translation>
    </message>
    <message>
        <source>Digital competences trained (%1)</source>
        <translation>Competenze digitali esercitate (%1)</translation>
    </message>
    <message>
        <source>The centre can check this code in SkillsApp: Reports, “Check a certificate”.</source>
        <translation>Il centro può verificare questo codice in SkillsApp: Report, «Verifica un attestato».</translation>
    </message>
    <message>
        <source>Check code: %1</source>
        <translation>Codice di verifica: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Tutor</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <source>My certificates</source>
        <translation>I miei attestati</translation>
    </message>
    <message>
        <source>When you finish a course, its certificate appears here.</source>
        <translation>Quando completa un corso, qui trova il suo attestato.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
</context>
<context>
    <name>ChoiceInput</name>
    <message>
        <source>True</source>
        <translation>Vero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>Choose every right answer.</source>
        <translation>Scelga tutte le risposte giuste.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 problem(s) and %2 warning(s) found.</source>
        <translation>Trovati %1 problemi e %2 avvisi.</translation>
    </message>
    <message>
        <source>%1 results were refused by the LRS; a trainer can see why in the app.</source>
        <translation>L&apos;LRS ha rifiutato %1 risultati; un formatore può vedere il motivo nell&apos;app.</translation>
    </message>
    <message>
        <source>Centre key (from the centre&apos;s recovery sheet): </source>
        <translation>Chiave del centro (dal foglio di recupero del centro): </translation>
    </message>
    <message>
        <source>Digital-skills training for community centres.</source>
        <translation>Formazione alle competenze digitali per i centri civici.</translation>
    </message>
    <message>
        <source>Everything checked is fine.</source>
        <translation>Tutto ciò che è stato controllato va bene.</translation>
    </message>
    <message>
        <source>Imported the bundle of %1: %2 new of %3 results.</source>
        <translation>Pacchetto di %1 importato: %2 risultati nuovi su %3.</translation>
    </message>
    <message>
        <source>Installed “%1” version %2.</source>
        <translation>Installato «%1», versione %2.</translation>
    </message>
    <message>
        <source>No LRS is set for this centre: set it in the trainer settings, or set SKILLSAPP_LRS_URL, SKILLSAPP_LRS_KEY and SKILLSAPP_LRS_SECRET.</source>
        <translation>Per questo centro non è impostato alcun LRS: impostalo nelle impostazioni del formatore, oppure imposta SKILLSAPP_LRS_URL, SKILLSAPP_LRS_KEY e SKILLSAPP_LRS_SECRET.</translation>
    </message>
    <message>
        <source>No centre key is set on this PC: learner profiles are not sent.</source>
        <translation>Su questo PC non è impostata la chiave del centro: i profili dei partecipanti non vengono inviati.</translation>
    </message>
    <message>
        <source>No problems; %1 warning(s) worth a look.</source>
        <translation>Nessun problema; %1 avvisi da guardare.</translation>
    </message>
    <message>
        <source>No usable backup was found; SkillsApp will start with empty records.</source>
        <translation>Non è stato trovato alcun backup utilizzabile; SkillsApp partirà con dati vuoti.</translation>
    </message>
    <message>
        <source>On a PC that has no centre yet, the centre key is asked for (or read from SKILLSAPP_CENTRE_KEY).</source>
        <translation>Su un PC che non appartiene ancora a un centro, viene chiesta la chiave del centro (oppure letta da SKILLSAPP_CENTRE_KEY).</translation>
    </message>
    <message>
        <source>Reading the bundle: %1 of %2 results</source>
        <translation>Lettura del pacchetto: %1 di %2 risultati</translation>
    </message>
    <message>
        <source>Receiving from the LRS: %1 results so far</source>
        <translation>Ricezione dall&apos;LRS: finora %1 risultati</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translation>Backup %1 ripristinato.</translation>
    </message>
    <message>
        <source>Saved the certificate as PDF: %1</source>
        <translation>Attestato salvato come PDF: %1</translation>
    </message>
    <message>
        <source>Saved the report as PDF: %1</source>
        <translation>Rapporto salvato come PDF: %1</translation>
    </message>
    <message>
        <source>Saved the table as CSV: %1</source>
        <translation>Tabella salvata come CSV: %1</translation>
    </message>
    <message>
        <source>Saved the table for other programs as CSV: %1</source>
        <translation>Tabella per altri programmi salvata come CSV: %1</translation>
    </message>
    <message>
        <source>Saving the results and updating progress: step %1 of %2</source>
        <translation>Salvataggio dei risultati e aggiornamento dei progressi: passo %1 di %2</translation>
    </message>
    <message>
        <source>Sending to the LRS: %1 of %2 results</source>
        <translation>Invio all&apos;LRS: %1 di %2 risultati</translation>
    </message>
    <message>
        <source>Sent %1, received %2.</source>
        <translation>Inviati %1, ricevuti %2.</translation>
    </message>
    <message>
        <source>Sync is switched off in the trainer settings.</source>
        <translation>La sincronizzazione è disattivata nelle impostazioni del formatore.</translation>
    </message>
    <message>
        <source>The bundle could not be written to %1: %2.</source>
        <translation>Non è stato possibile scrivere il pacchetto in %1: %2.</translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>Il database precedente è stato conservato come %1.</translation>
    </message>
    <message>
        <source>There are no records in %1 yet.</source>
        <translation>In %1 non ci sono ancora dati.</translation>
    </message>
    <message>
        <source>There is no database in %1; nothing to restore.</source>
        <translation>In %1 non c&apos;è alcun database; non c&apos;è niente da ripristinare.</translation>
    </message>
    <message>
        <source>This PC has no centre yet. To join one, type the centre key from the recovery sheet when asked, or set SKILLSAPP_CENTRE_KEY.</source>
        <translation>Questo PC non appartiene ancora a un centro. Per unirti a uno, scrivi la chiave del centro dal foglio di recupero quando ti viene chiesta, oppure imposta SKILLSAPP_CENTRE_KEY.</translation>
    </message>
    <message>
        <source>This PC has no centre yet; there is nothing to export.</source>
        <translation>Questo PC non appartiene ancora a un centro; non c&apos;è niente da esportare.</translation>
    </message>
    <message>
        <source>This PC has not been set up for a centre yet.</source>
        <translation>Questo PC non è ancora configurato per un centro.</translation>
    </message>
    <message>
        <source>This PC now belongs to %1.</source>
        <translation>Questo PC ora appartiene a %1.</translation>
    </message>
    <message>
        <source>Updating the records after an update: %1 of %2</source>
        <translation>Aggiornamento dei dati dopo un aggiornamento: %1 di %2</translation>
    </message>
    <message>
        <source>Writing the bundle: %1 of %2 results</source>
        <translation>Scrittura del pacchetto: %1 di %2 risultati</translation>
    </message>
    <message>
        <source>Wrote %1 results of %2 to %3.</source>
        <translation>Scritti %1 risultati di %2 in %3.</translation>
    </message>
    <message>
        <source>check course packs (folders or .zip), item banks and checklists</source>
        <translation>controllare pacchetti di corsi (cartelle o .zip), banche di affermazioni e liste di controllo</translation>
    </message>
    <message>
        <source>check or import course packs</source>
        <translation>controllare o importare pacchetti di corsi</translation>
    </message>
    <message>
        <source>check, offscreen and in a temporary folder, that the app works</source>
        <translation>verificare, senza schermo e in una cartella temporanea, che l&apos;app funzioni</translation>
    </message>
    <message>
        <source>export or import a sync bundle (USB)</source>
        <translation>esportare o importare un pacchetto di sincronizzazione (USB)</translation>
    </message>
    <message>
        <source>first day, e.g. 2026-01-01</source>
        <translation>primo giorno, es. 2026-01-01</translation>
    </message>
    <message>
        <source>install a course pack from a .zip</source>
        <translation>installare un pacchetto di corso da un file .zip</translation>
    </message>
    <message>
        <source>last day, e.g. 2026-06-30</source>
        <translation>ultimo giorno, es. 2026-06-30</translation>
    </message>
    <message>
        <source>merge a bundle FILE</source>
        <translation>unire un pacchetto FILE</translation>
    </message>
    <message>
        <source>only results stored since this day (YYYY-MM-DD)</source>
        <translation>solo i risultati salvati da questo giorno (AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>open the demo centre</source>
        <translation>aprire il centro dimostrativo</translation>
    </message>
    <message>
        <source>put a damaged database aside and restore the newest automatic backup</source>
        <translation>mettere da parte un database danneggiato e ripristinare il backup automatico più recente</translation>
    </message>
    <message>
        <source>save the report as PDF here</source>
        <translation>salvare qui il rapporto come PDF</translation>
    </message>
    <message>
        <source>save the table as the screen shows it (in the report&apos;s language) as CSV</source>
        <translation>salva la tabella come CSV così come appare sullo schermo (nella lingua del report)</translation>
    </message>
    <message>
        <source>save the table for other programs (codes) as CSV here</source>
        <translation>salva qui la tabella per altri programmi (codici) come CSV</translation>
    </message>
    <message>
        <source>the report&apos;s language (default: the centre&apos;s; for a certificate, the learner&apos;s)</source>
        <translation>la lingua del report (predefinita: quella del centro; per un attestato, quella del partecipante)</translation>
    </message>
    <message>
        <source>send and receive results with the centre&apos;s LRS once</source>
        <translation>inviare e ricevere una volta i risultati con l&apos;LRS del centro</translation>
    </message>
    <message>
        <source>show a report, or save it as CSV or PDF</source>
        <translation>mostrare un rapporto o salvarlo come CSV o PDF</translation>
    </message>
    <message>
        <source>start, paint the first screen and exit (with --demo: create the demo first)</source>
        <translation>avviare, disegnare la prima schermata e uscire (con --demo: prima creare la demo)</translation>
    </message>
    <message>
        <source>the course&apos;s id, for a certificate</source>
        <translation>l&apos;identificativo del corso, per un attestato</translation>
    </message>
    <message>
        <source>the group&apos;s name</source>
        <translation>il nome del gruppo</translation>
    </message>
    <message>
        <source>the learner&apos;s first name or id</source>
        <translation>il nome o l&apos;identificativo del partecipante</translation>
    </message>
    <message>
        <source>write the centre&apos;s results to FILE</source>
        <translation>scrivere i risultati del centro in FILE</translation>
    </message>
</context>
<context>
    <name>CompetenceChart</name>
    <message>
        <source>Your competence chart</source>
        <translation>Il grafico delle sue competenze</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message numerus="yes">
        <source>About %n minutes</source>
        <translation>
            <numerusform>Circa %n minuto</numerusform>
            <numerusform>Circa %n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lessons</source>
        <translation>%1 lezioni su %2</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>completato</translation>
    </message>
    <message>
        <source>%1 of %2 lessons done</source>
        <translation>%1 lezioni su %2 completate</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non iniziato</translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message>
        <source>Start the course</source>
        <translation>Inizia il corso</translation>
    </message>
    <message>
        <source>Read the first lesson again</source>
        <translation>Rileggi la prima lezione</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Back to my courses</source>
        <translation>Torna ai miei corsi</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completata</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>da fare</translation>
    </message>
    <message>
        <source>You finished this course. Well done!</source>
        <translation>Ha completato questo corso. Complimenti!</translation>
    </message>
    <message>
        <source>%1 of %2 lessons done.</source>
        <translation>%1 lezioni su %2 completate.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visualizza</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Corsi</translation>
    </message>
    <message>
        <source>Competence areas</source>
        <translation>Aree di competenza</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Learners and their progress</source>
        <translation>Partecipanti e loro progressi</translation>
    </message>
    <message>
        <source>Latest sessions</source>
        <translation>Ultime sessioni</translation>
    </message>
    <message>
        <source>No groups yet. Make one in the Groups tab.</source>
        <translation>Non ci sono ancora gruppi. Ne crei uno nella scheda «Gruppi».</translation>
    </message>
    <message>
        <source>“!”: may need help (did not pass the same quiz 3 times, or no progress for 2 weeks). Press Enter or double-click a learner to open their page.</source>
        <translation>“!”: potrebbe aver bisogno di aiuto (non ha superato lo stesso quiz 3 volte, o nessun progresso da 2 settimane). Premi Invio o fai doppio clic su un partecipante per aprire la sua pagina.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>Days here (30 days)</source>
        <translation>Giorni di presenza (30 giorni)</translation>
    </message>
    <message>
        <source>may need help</source>
        <translation>forse ha bisogno di aiuto</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>livello %1</translation>
    </message>
    <message>
        <source>%1 learners; %2 may need help.</source>
        <translation>%1 partecipanti; forse da aiutare: %2.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>did not sign out</source>
        <translation>non ha chiuso la sessione</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ completato</translation>
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
            <numerusform>non ha superato un quiz %n volta</numerusform>
            <numerusform>non ha superato un quiz %n volte</numerusform>
        </translation>
    </message>
    <message>
        <source>no progress for 2 weeks</source>
        <translation>nessun progresso da 2 settimane</translation>
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
        <translation>Calibrazione: autovalutazione e prove</translation>
    </message>
    <message>
        <source>Your levels, and what they rest on</source>
        <translation>I tuoi livelli e su cosa si basano</translation>
    </message>
    <message>
        <source>%1 (course quizzes)</source>
        <translation>%1 (quiz dei corsi)</translation>
    </message>
    <message>
        <source>Said</source>
        <translation>Dichiarato</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>Ha fatto</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Osservato</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Conclusione</translation>
    </message>
    <message>
        <source>You said</source>
        <translation>Hai detto</translation>
    </message>
    <message>
        <source>The questions showed</source>
        <translation>Le domande hanno mostrato</translation>
    </message>
    <message>
        <source>Practice showed</source>
        <translation>La pratica ha mostrato</translation>
    </message>
    <message>
        <source>Your trainer saw</source>
        <translation>Il formatore ha visto</translation>
    </message>
    <message>
        <source>Your level</source>
        <translation>Il tuo livello</translation>
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
        <translation>parlatene</translation>
    </message>
    <message>
        <source>%1 below</source>
        <translation>%1 sotto</translation>
    </message>
    <message>
        <source>%1 above</source>
        <translation>%1 sopra</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>livello %1</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Add %1 to a group</source>
        <translation>Aggiungi %1 a un gruppo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>No groups yet. Make one in the Groups tab.</source>
        <translation>Ancora nessun gruppo. Creane uno nella scheda Gruppi.</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Groups</source>
        <translation>Gruppi</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nuovo gruppo</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Nome del gruppo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>Courses for this group</source>
        <translation>Corsi per questo gruppo</translation>
    </message>
    <message>
        <source>Finish the courses by</source>
        <translation>Completare i corsi entro il</translation>
    </message>
    <message>
        <source>Day to finish by</source>
        <translation>Completare entro il</translation>
    </message>
    <message>
        <source>Made the group “%1”. Now choose its members and courses.</source>
        <translation>Gruppo “%1” creato. Ora scegli i membri e i corsi.</translation>
    </message>
    <message>
        <source>Archived the group “%1”.</source>
        <translation>Gruppo “%1” archiviato.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membro</numerusform>
            <numerusform>%n membri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n corso</numerusform>
            <numerusform>%n corsi</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the group “%1”: %2, %3, to finish by %4.</source>
        <translation>Gruppo “%1” salvato: %2, %3, da completare entro il %4.</translation>
    </message>
    <message>
        <source>Saved the group “%1”: %2, %3.</source>
        <translation>Gruppo “%1” salvato: %2, %3.</translation>
    </message>
    <message>
        <source>Archive this group</source>
        <translation>Archivia questo gruppo</translation>
    </message>
    <message>
        <source>Save the group</source>
        <translation>Salva il gruppo</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Cosa è stato fatto</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Corsi</translation>
    </message>
    <message>
        <source>A group&apos;s courses are assigned to every member; they see them first.</source>
        <translation>I corsi di un gruppo vengono assegnati a tutti i membri, che li vedono per primi.</translation>
    </message>
</context>
<context>
    <name>JoinCentre</name>
    <message>
        <source>LRS address</source>
        <translation>Indirizzo LRS</translation>
    </message>
    <message>
        <source>LRS key</source>
        <translation>Chiave LRS</translation>
    </message>
    <message>
        <source>LRS secret</source>
        <translation>Segreto LRS</translation>
    </message>
    <message>
        <source>Centre key</source>
        <translation>Chiave del centro</translation>
    </message>
    <message>
        <source>from the centre&apos;s recovery sheet</source>
        <translation>dal foglio di ripristino del centro</translation>
    </message>
    <message>
        <source>Join through the LRS</source>
        <translation>Collega tramite l&apos;LRS</translation>
    </message>
    <message>
        <source>Join from a bundle file…</source>
        <translation>Collega da un file pacchetto…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Join an existing centre</source>
        <translation>Collega questo PC a un centro esistente</translation>
    </message>
    <message>
        <source>This PC gets the centre&apos;s learners and all their results. Type the centre key from the recovery sheet, then the centre&apos;s LRS details, or use a bundle file another PC of the centre saved on a USB stick.</source>
        <translation>Questo PC riceverà i partecipanti del centro e tutti i loro risultati. Inserisca la chiave del centro che trova sul foglio di ripristino, poi i dati LRS del centro; oppure usi un file pacchetto che un altro PC del centro ha salvato su una chiavetta USB.</translation>
    </message>
    <message>
        <source>Please fill in the centre key and all LRS details.</source>
        <translation>Inserisca la chiave del centro e tutti i dati LRS.</translation>
    </message>
    <message>
        <source>Choose the bundle file</source>
        <translation>Scelga il file pacchetto</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>Pacchetti (*.zip)</translation>
    </message>
    <message>
        <source>Please type the centre key first.</source>
        <translation>Inserisca prima la chiave del centro.</translation>
    </message>
    <message>
        <source>Joining the centre… this can take a few minutes.</source>
        <translation>Collegamento al centro in corso… Può richiedere qualche minuto.</translation>
    </message>
    <message>
        <source>Joining failed: %1</source>
        <translation>Il collegamento non è riuscito: %1</translation>
    </message>
</context>
<context>
    <name>LearnerCertificates</name>
    <message>
        <source>Certificates of %1</source>
        <translation>Attestati di %1</translation>
    </message>
    <message>
        <source>%1 has not finished a course yet.</source>
        <translation>%1 non ha ancora completato nessun corso.</translation>
    </message>
    <message>
        <source>Certificates are printed in the learner&apos;s language: %1.</source>
        <translation>Gli attestati si stampano nella lingua del partecipante: %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>LearnerCompetences</name>
    <message>
        <source>Only where self-rating and evidence disagree</source>
        <translation>Solo dove autovalutazione e prove non concordano</translation>
    </message>
    <message>
        <source>The level concluded rests on the strongest evidence: observed, then did, then known (questions and course quizzes), then said.</source>
        <translation>La conclusione si basa sulla prova più forte: osservato, poi ha fatto, poi sa (domande e quiz dei corsi), poi dichiarato.</translation>
    </message>
</context>
<context>
    <name>LearnerForm</name>
    <message>
        <source>New learner</source>
        <translation>Nuovo partecipante</translation>
    </message>
    <message>
        <source>Edit learner</source>
        <translation>Modifica partecipante</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>4 to 6 numbers, or leave empty for no PIN</source>
        <translation>Da 4 a 6 cifre, oppure lasci vuoto per non usare il PIN</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN</source>
        <translation>Lasci vuoto per mantenere il PIN attuale</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Rimuovi il PIN</translation>
    </message>
    <message>
        <source>Colour of the tile</source>
        <translation>Colore del riquadro</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Colore %1</translation>
    </message>
    <message>
        <source>Picture on the tile</source>
        <translation>Immagine sul riquadro</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Gender (optional)</source>
        <translation>Genere (facoltativo)</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Preferisce non rispondere</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Donna</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Uomo</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>Altro genere</translation>
    </message>
    <message>
        <source>Age (optional)</source>
        <translation>Età (facoltativa)</translation>
    </message>
    <message>
        <source>Agrees that the centre keeps their learning records (needed)</source>
        <translation>Accetta che il centro conservi i suoi dati di apprendimento (obbligatorio)</translation>
    </message>
    <message>
        <source>Agrees that their results are counted, without their name, by the programme</source>
        <translation>Accetta che i suoi risultati vengano conteggiati dal programma, in forma anonima</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genere</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message>
        <source>First letter</source>
        <translation>Iniziale</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sole</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Stella</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Cuore</translation>
    </message>
    <message>
        <source>Flower</source>
        <translation>Fiore</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Music note</source>
        <translation>Nota musicale</translation>
    </message>
    <message>
        <source>Snowflake</source>
        <translation>Fiocco di neve</translation>
    </message>
    <message>
        <source>Umbrella</source>
        <translation>Ombrello</translation>
    </message>
</context>
<context>
    <name>LearnerPage</name>
    <message>
        <source>Quiz answers</source>
        <translation>Risposte ai quiz</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Corsi</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Competenze</translation>
    </message>
    <message>
        <source>Record an observed level…</source>
        <translation>Registra un livello osservato…</translation>
    </message>
    <message>
        <source>Assign a course…</source>
        <translation>Assegna un corso…</translation>
    </message>
    <message>
        <source>Export this learner&apos;s data…</source>
        <translation>Esporta i dati di questo partecipante…</translation>
    </message>
    <message>
        <source>Erase this learner&apos;s data…</source>
        <translation>Cancella i dati di questo partecipante…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation>A che punto è</translation>
    </message>
    <message>
        <source>Lessons finished</source>
        <translation>Lezioni completate</translation>
    </message>
    <message>
        <source>Finish by</source>
        <translation>Completare entro il</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniziato</translation>
    </message>
    <message>
        <source>Quizzes not passed</source>
        <translation>Quiz non superati</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Cosa è stato fatto</translation>
    </message>
    <message>
        <source>Add to a group…</source>
        <translation>Aggiungi a un gruppo…</translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation>Attestati…</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Gruppi: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>No courses assigned or started yet.</source>
        <translation>Ancora nessun corso assegnato o iniziato.</translation>
    </message>
    <message>
        <source>Time spent learning at the centre: %1 hours.</source>
        <translation>Tempo passato a imparare al centro: %1 ore.</translation>
    </message>
    <message>
        <source>Finished on %1</source>
        <translation>Completato il %1</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Non ancora iniziato</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Vero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>%1 · quiz of “%2” · %3</source>
        <translation>%1 · quiz di “%2” · %3</translation>
    </message>
    <message>
        <source>No quiz answers yet.</source>
        <translation>Ancora nessuna risposta ai quiz.</translation>
    </message>
    <message>
        <source>right (try %1)</source>
        <translation>corretta (tentativo %1)</translation>
    </message>
    <message>
        <source>not right (try %1)</source>
        <translation>non corretta (tentativo %1)</translation>
    </message>
    <message>
        <source>%1 of %2 right the first time</source>
        <translation>%1 su %2 corrette al primo tentativo</translation>
    </message>
    <message>
        <source>Was registered at the centre</source>
        <translation>È stato registrato al centro</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Ha fatto l&apos;accesso</translation>
    </message>
    <message>
        <source>Was signed out after a while without activity</source>
        <translation>È stato disconnesso dopo un periodo di inattività</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Ha fatto l&apos;uscita</translation>
    </message>
    <message>
        <source>Opened the lesson “%1”</source>
        <translation>Ha aperto la lezione “%1”</translation>
    </message>
    <message>
        <source>Finished the lesson “%1”</source>
        <translation>Ha completato la lezione “%1”</translation>
    </message>
    <message>
        <source>Finished the course “%1”</source>
        <translation>Ha completato il corso “%1”</translation>
    </message>
    <message>
        <source>Passed the quiz of “%1”</source>
        <translation>Ha superato il quiz di “%1”</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Did not pass the quiz of “%1” yet</source>
        <translation>Non ha ancora superato il quiz di “%1”</translation>
    </message>
    <message>
        <source>Started a quick self-check: %1</source>
        <translation>Ha iniziato un&apos;autovalutazione rapida: %1</translation>
    </message>
    <message>
        <source>Started the full self-check</source>
        <translation>Ha iniziato l&apos;autovalutazione completa</translation>
    </message>
    <message>
        <source>Finished a quick self-check: %1</source>
        <translation>Ha completato un&apos;autovalutazione rapida: %1</translation>
    </message>
    <message>
        <source>Finished the full self-check</source>
        <translation>Ha completato l&apos;autovalutazione completa</translation>
    </message>
    <message>
        <source>Answered %1 of %2 knowledge questions of the self-check right</source>
        <translation>Ha risposto correttamente a %1 domande su %2 dell&apos;autovalutazione</translation>
    </message>
    <message>
        <source>A trainer watched “%1” and recorded “not yet”</source>
        <translation>Un formatore ha osservato «%1» e ha registrato «non ancora»</translation>
    </message>
    <message>
        <source>A trainer watched “%1” and recorded level %2</source>
        <translation>Un formatore ha osservato “%1” e registrato il livello %2</translation>
    </message>
    <message>
        <source>Answered a question in the quiz of “%1”</source>
        <translation>Ha risposto a una domanda del quiz di “%1”</translation>
    </message>
    <message>
        <source>Answered a statement of the self-check</source>
        <translation>Ha risposto a un&apos;affermazione dell&apos;autovalutazione</translation>
    </message>
    <message>
        <source>Something a newer SkillsApp recorded (%1)</source>
        <translation>Qualcosa registrato da una versione più recente di SkillsApp (%1)</translation>
    </message>
    <message>
        <source>Assigned “%1” to %2, to finish by %3.</source>
        <translation>Assegnato “%1” a %2, da completare entro il %3.</translation>
    </message>
    <message>
        <source>Assigned “%1” to %2.</source>
        <translation>Assegnato “%1” a %2.</translation>
    </message>
    <message>
        <source>%1 is now in the group “%2”.</source>
        <translation>%1 ora è nel gruppo “%2”.</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Scelga dove salvare</translation>
    </message>
    <message>
        <source>Data about %1</source>
        <translation>Dati di %1</translation>
    </message>
    <message>
        <source>What is kept</source>
        <translation>Che cosa è conservato</translation>
    </message>
    <message>
        <source>What this PC holds</source>
        <translation>Che cosa c&apos;è su questo PC</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Non è stato salvato nulla: %1</translation>
    </message>
    <message>
        <source>Saved %1&apos;s data in %2: %3 and %4.</source>
        <translation>Dati di %1 salvati in %2: %3 e %4.</translation>
    </message>
    <message>
        <source>Erase this learner&apos;s data?</source>
        <translation>Cancellare i dati di questo partecipante?</translation>
    </message>
    <message>
        <source>This removes %1&apos;s profile and every learning record from this PC and the centre&apos;s other PCs. It cannot be undone.

%2</source>
        <translation>Il profilo di %1 e tutti i suoi dati di apprendimento verranno cancellati da questo PC e dagli altri PC del centro. L&apos;operazione non si può annullare.

%2</translation>
    </message>
</context>
<context>
    <name>LearnerTile</name>
    <message>
        <source>Sign in as %1</source>
        <translation>Accedi come %1</translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <source>Learners</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Show archived learners</source>
        <translation>Mostra i partecipanti archiviati</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Nuovo partecipante</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Open the learner&apos;s page</source>
        <translation>Apri la pagina del partecipante</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <source>Unlock PIN</source>
        <translation>Sblocca PIN</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Cosa è stato fatto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviato</translation>
    </message>
    <message>
        <source>locked (too many wrong PINs)</source>
        <translation>bloccato (troppi PIN sbagliati)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Added %1. Their tile is on the start screen of this PC.</source>
        <translation>%1 è stato aggiunto. Il suo riquadro è nella schermata iniziale di questo PC.</translation>
    </message>
    <message>
        <source>Saved the changes to %1&apos;s profile.</source>
        <translation>Modifiche al profilo di %1 salvate.</translation>
    </message>
    <message>
        <source>Restored %1: their tile is back on the start screen.</source>
        <translation>%1 ripristinato: il riquadro è di nuovo nella schermata iniziale.</translation>
    </message>
    <message>
        <source>Archived %1: their tile is gone and their records are kept.</source>
        <translation>%1 archiviato: il riquadro non c&apos;è più, i dati restano conservati.</translation>
    </message>
    <message>
        <source>%1 can sign in with their PIN again.</source>
        <translation>%1 può di nuovo accedere con il PIN.</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Lesson text</source>
        <translation>Testo della lezione</translation>
    </message>
    <message>
        <source>Check what I learned</source>
        <translation>Verifica cosa ho imparato</translation>
    </message>
    <message>
        <source>I have finished this lesson</source>
        <translation>Ho finito questa lezione</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Torna al corso</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leggi ad alta voce</translation>
    </message>
    <message>
        <source>%1 · Lesson %2 of %3</source>
        <translation>%1 · Lezione %2 di %3</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Ferma la lettura</translation>
    </message>
    <message>
        <source>Links are switched off</source>
        <translation>I link sono disattivati</translation>
    </message>
    <message>
        <source>Opening web pages from lessons is switched off on this PC.</source>
        <translation>Su questo PC le lezioni non possono aprire pagine web.</translation>
    </message>
    <message>
        <source>Open a web page?</source>
        <translation>Aprire una pagina web?</translation>
    </message>
    <message>
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
        <source>Finish</source>
        <translation>Ho finito</translation>
    </message>
    <message>
        <source>Finish and sign out</source>
        <translation>Ho finito: esci</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Sono ancora qui</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Esci</translation>
    </message>
    <message numerus="yes">
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
        <source>Choose…</source>
        <translation>Scelga…</translation>
    </message>
    <message>
        <source>What goes with “%1”</source>
        <translation>Che cosa va con «%1»</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>A PIN is {low} to {high} numbers, for example 4 8 1 5.</source>
        <translation>Il PIN ha da {low} a {high} cifre, ad esempio 4 8 1 5.</translation>
    </message>
    <message>
        <source>A learner&apos;s record</source>
        <translation>Scheda di un partecipante</translation>
    </message>
    <message>
        <source>A web page answered instead of the LRS (a Wi-Fi sign-in page or a wrong address?).</source>
        <translation>Ha risposto una pagina web invece dell&apos;LRS (una pagina di accesso al Wi-Fi o un indirizzo sbagliato?).</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzato</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Fascia d&apos;età</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Tutti i partecipanti</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>Altro genere</translation>
    </message>
    <message>
        <source>Attendance counts the days from {day} on.</source>
        <translation>La presenza conta i giorni dal {day}.</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connessione riuscita</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Suddiviso per</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>Courses completed</source>
        <translation>Corsi completati</translation>
    </message>
    <message>
        <source>Days present in the last 30 days</source>
        <translation>Giorni di presenza negli ultimi 30 giorni</translation>
    </message>
    <message>
        <source>DigComp area</source>
        <translation>Area DigComp</translation>
    </message>
    <message>
        <source>DigComp levels by area</source>
        <translation>Livelli DigComp per area</translation>
    </message>
    <message>
        <source>DigComp levels by area from {start} to {end}</source>
        <translation>Livelli DigComp per area dal {start} al {end}</translation>
    </message>
    <message>
        <source>DigComp version {version} is not known.</source>
        <translation>La versione {version} di DigComp non è riconosciuta.</translation>
    </message>
    <message>
        <source>Every statement has been answered.</source>
        <translation>Ha già risposto a tutte le affermazioni.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genere</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Group progress</source>
        <translation>Progressi del gruppo</translation>
    </message>
    <message>
        <source>Highly advanced</source>
        <translation>Molto avanzato</translation>
    </message>
    <message>
        <source>Highly specialised</source>
        <translation>Altamente specializzato</translation>
    </message>
    <message>
        <source>Hours of learning</source>
        <translation>Ore di apprendimento</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <source>Latest self-check</source>
        <translation>Ultima autovalutazione</translation>
    </message>
    <message>
        <source>Latest self-check, DigCompSat bands</source>
        <translation>Ultima autovalutazione, fasce DigCompSat</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Learning record of {name}</source>
        <translation>Scheda di apprendimento di {name}</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lezioni</translation>
    </message>
    <message>
        <source>Lessons done</source>
        <translation>Lezioni completate</translation>
    </message>
    <message>
        <source>Level gain, observed by a trainer</source>
        <translation>Aumento di livello, osservato dal tutor</translation>
    </message>
    <message>
        <source>Level gain, self-assessed</source>
        <translation>Aumento di livello, autovalutato</translation>
    </message>
    <message>
        <source>Level gains: latest minus first level in the period, averaged over the learners assessed at least twice; the column “Learners” says how many.</source>
        <translation>Aumento di livello: ultimo livello meno il primo nel periodo, in media sui partecipanti valutati almeno due volte; la colonna «Partecipanti» dice quanti sono.</translation>
    </message>
    <message>
        <source>Levels from the self-checks finished in the period. “Latest self-check”: each learner&apos;s latest level in the area. The first and latest self-check are compared for the learners who did two or more in the period (pre/post).</source>
        <translation>Livelli dalle autovalutazioni completate nel periodo. «Ultima autovalutazione»: l&apos;ultimo livello di ogni partecipante nell&apos;area. La prima e l&apos;ultima autovalutazione sono confrontate per chi ne ha fatte due o più nel periodo (prima/dopo).</translation>
    </message>
    <message>
        <source>May need help</source>
        <translation>Potrebbe aver bisogno di aiuto</translation>
    </message>
    <message>
        <source>Mean level</source>
        <translation>Livello medio</translation>
    </message>
    <message>
        <source>Mean self-check score, % (DigCompSat)</source>
        <translation>Punteggio medio dell&apos;autovalutazione, % (DigCompSat)</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Uomini</translation>
    </message>
    <message>
        <source>No centre in this LRS account opens with this centre key. Please check the key on the centre&apos;s recovery sheet, and the LRS key and secret.</source>
        <translation>Nessun centro di questo account LRS si apre con questa chiave del centro. Controlli la chiave sul foglio di ripristino del centro, e anche la chiave e il segreto LRS.</translation>
    </message>
    <message>
        <source>No printer is set up on this PC. Save the PDF instead and print it elsewhere, or ask whoever looks after this PC to add a printer.</source>
        <translation>Su questo PC non è configurata alcuna stampante. Salva il PDF e stampalo altrove, oppure chiedi a chi si occupa di questo PC di aggiungere una stampante.</translation>
    </message>
    <message>
        <source>No progress for 2 weeks</source>
        <translation>Nessun progresso da 2 settimane</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non iniziato</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nessuna indicazione</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Non ancora</translation>
    </message>
    <message>
        <source>Only a trainer of this centre can record an assessment.</source>
        <translation>Solo un tutor di questo centro può registrare una valutazione.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti nel periodo</translation>
    </message>
    <message>
        <source>Participants: learners who signed in or learned on at least one day of the period.</source>
        <translation>Partecipanti nel periodo: persone che hanno effettuato l&apos;accesso o studiato in almeno un giorno del periodo.</translation>
    </message>
    <message>
        <source>Please answer every statement before finishing.</source>
        <translation>Risponda a tutte le affermazioni prima di concludere.</translation>
    </message>
    <message>
        <source>Please choose a period between {earliest} and the end of next year.</source>
        <translation>Scelga un periodo compreso tra il {earliest} e la fine dell&apos;anno prossimo.</translation>
    </message>
    <message>
        <source>Please choose one of the answers.</source>
        <translation>Scegli una delle risposte, per favore.</translation>
    </message>
    <message>
        <source>Please choose one of the five areas for the quick check.</source>
        <translation>Scelga una delle cinque aree per la valutazione veloce.</translation>
    </message>
    <message>
        <source>Please choose one of the four answers.</source>
        <translation>Scelga una delle quattro risposte.</translation>
    </message>
    <message>
        <source>Please choose one of the offered colours.</source>
        <translation>Scelga uno dei colori proposti.</translation>
    </message>
    <message>
        <source>Please choose one of the offered languages.</source>
        <translation>Scelga una delle lingue proposte.</translation>
    </message>
    <message>
        <source>Please choose one of the offered pictures.</source>
        <translation>Scelga una delle immagini proposte.</translation>
    </message>
    <message>
        <source>Please choose the quick check or the full check.</source>
        <translation>Scelga la valutazione veloce o quella completa.</translation>
    </message>
    <message>
        <source>Please choose the task you watched before ticking its steps.</source>
        <translation>Scelga prima l&apos;attività osservata, poi spunti i passaggi.</translation>
    </message>
    <message>
        <source>Please give dates as year-month-day, for example 2026-03-31.</source>
        <translation>Inserisca le date nel formato anno-mese-giorno, ad esempio 2026-03-31.</translation>
    </message>
    <message>
        <source>Please give the course&apos;s id, for example --course email-basics.</source>
        <translation>Indichi l&apos;identificativo del corso, per esempio --course email-basics.</translation>
    </message>
    <message>
        <source>Please give the due date as a day, for example 2026-05-31.</source>
        <translation>Indichi la scadenza come giorno, ad esempio 2026-05-31.</translation>
    </message>
    <message>
        <source>Please give the period: its first and its last day.</source>
        <translation>Indica il periodo: il primo e l&apos;ultimo giorno.</translation>
    </message>
    <message>
        <source>Please keep the note under {limit} characters.</source>
        <translation>La nota è troppo lunga. Numero massimo di caratteri: {limit}.</translation>
    </message>
    <message>
        <source>Please put the key and secret in their own boxes, not in the address.</source>
        <translation>Inserisca la chiave e il segreto nei rispettivi campi, non nell&apos;indirizzo.</translation>
    </message>
    <message>
        <source>Please set the LRS address, key and secret first.</source>
        <translation>Inserisca prima l&apos;indirizzo, la chiave e il segreto LRS.</translation>
    </message>
    <message>
        <source>Please set the centre key first (trainer settings, Sync).</source>
        <translation>Inserisca prima la chiave del centro (strumenti del tutor, «Sincronizzazione»).</translation>
    </message>
    <message>
        <source>Please type a {field}.</source>
        <translation>Inserisca il {field}.</translation>
    </message>
    <message>
        <source>Please type the LRS key and secret.</source>
        <translation>Inserisca la chiave e il segreto LRS.</translation>
    </message>
    <message>
        <source>Please type the centre key to set up this PC from the bundle.</source>
        <translation>Inserisca la chiave del centro per configurare questo PC dal pacchetto.</translation>
    </message>
    <message>
        <source>Post: latest self-check (of those with two or more)</source>
        <translation>Dopo: ultima autovalutazione (di chi ne ha due o più)</translation>
    </message>
    <message>
        <source>Pre/post: too few to report</source>
        <translation>Prima/dopo: troppo pochi per riportare dati</translation>
    </message>
    <message>
        <source>Pre: first self-check (of those with two or more)</source>
        <translation>Prima: prima autovalutazione (di chi ne ha due o più)</translation>
    </message>
    <message>
        <source>Programme indicators</source>
        <translation>Indicatori del programma</translation>
    </message>
    <message>
        <source>Programme indicators from {start} to {end}</source>
        <translation>Indicatori del programma dal {start} al {end}</translation>
    </message>
    <message>
        <source>Progress of the group {name}</source>
        <translation>Progressi del gruppo {name}</translation>
    </message>
    <message>
        <source>Quiz not passed after {count} tries</source>
        <translation>Quiz non superato dopo {count} tentativi</translation>
    </message>
    <message>
        <source>Quiz tries</source>
        <translation>Tentativi ai quiz</translation>
    </message>
    <message>
        <source>Quiz tries not passed</source>
        <translation>Tentativi non superati</translation>
    </message>
    <message>
        <source>Self-check score as DigCompSat counts it: the mean of the answers&apos; points in the area, as a percentage. Its bands: Low 0–29 % (counted under “Not yet”), Foundation 30–47 %, Intermediate 48–80 %, Advanced 81–100 %.</source>
        <translation>Punteggio dell&apos;autovalutazione secondo DigCompSat: la media dei punti delle risposte nell&apos;area, in percentuale. Le sue fasce: Basso 0–29% (contato in «Non ancora»), Base 30–47%, Intermedio 48–80%, Avanzato 81–100%.</translation>
    </message>
    <message>
        <source>SkillsApp cannot save in its data folder ({folder}) because it is read-only. Please ask whoever looks after this PC to allow writing there, or set SKILLSAPP_HOME to a folder that can be written. Nothing has been changed.</source>
        <translation>SkillsApp non può salvare nella sua cartella dei dati ({folder}) perché è di sola lettura. Chieda a chi si occupa di questo PC di consentire la scrittura, oppure imposti SKILLSAPP_HOME su una cartella in cui si può scrivere. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>SkillsApp cannot use its data folder ({folder}): {reason}. Please check that the folder exists and can be written, or set SKILLSAPP_HOME to another folder. Nothing has been changed.</source>
        <translation>SkillsApp non può usare la sua cartella dei dati ({folder}): {reason}. Controlli che la cartella esista e che si possa scriverci, oppure imposti SKILLSAPP_HOME su un&apos;altra cartella. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>So that nobody can be singled out, figures about fewer than {least} learners are not shown: “Too few to report”.</source>
        <translation>Perché nessuno sia riconoscibile, i dati su meno di {least} partecipanti non sono mostrati: «Troppo pochi per riportare dati».</translation>
    </message>
    <message>
        <source>Some members of this group are not learners of the centre ({count}).</source>
        <translation>Alcuni membri di questo gruppo non sono partecipanti del centro ({count}).</translation>
    </message>
    <message>
        <source>Some results could not be confirmed ({count}); they will be sent again.</source>
        <translation>Non è stato possibile confermare la ricezione di alcuni risultati ({count}); verranno inviati di nuovo.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniziato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Text size must be between 100% and 200%.</source>
        <translation>La dimensione del testo deve essere compresa tra 100% e 200%.</translation>
    </message>
    <message>
        <source>That course is not on this PC.</source>
        <translation>Questo corso non è presente su questo PC.</translation>
    </message>
    <message>
        <source>That task is not in the list of tasks.</source>
        <translation>Questa attività non è nell&apos;elenco delle attività.</translation>
    </message>
    <message>
        <source>That task shows a different competence.</source>
        <translation>Questa attività riguarda un&apos;altra competenza.</translation>
    </message>
    <message>
        <source>The LRS address must start with https:// so that results travel safely.</source>
        <translation>L&apos;indirizzo LRS deve iniziare con https:// perché i risultati viaggino in modo sicuro.</translation>
    </message>
    <message>
        <source>The LRS address should look like https://lrs.example.org/xAPI/</source>
        <translation>L&apos;indirizzo LRS dovrebbe essere simile a questo: https://lrs.example.org/xAPI/</translation>
    </message>
    <message>
        <source>The LRS answered, but not with a list of statements.</source>
        <translation>L&apos;LRS ha risposto, ma non con un elenco di risultati.</translation>
    </message>
    <message>
        <source>The LRS answered, but not with the list of stored statements.</source>
        <translation>L&apos;LRS ha risposto, ma non con l&apos;elenco dei risultati archiviati.</translation>
    </message>
    <message>
        <source>The LRS cannot be reached; results are kept here and sent later.</source>
        <translation>L&apos;LRS non è raggiungibile; i risultati restano salvati qui e verranno inviati più tardi.</translation>
    </message>
    <message>
        <source>The LRS gave an unexpected answer (HTTP {status}).</source>
        <translation>L&apos;LRS ha dato una risposta inattesa (HTTP {status}).</translation>
    </message>
    <message>
        <source>The LRS has a problem of its own (HTTP {status}); trying later.</source>
        <translation>L&apos;LRS ha un problema interno (HTTP {status}); si riproverà più tardi.</translation>
    </message>
    <message>
        <source>The LRS keeps sending us elsewhere; please check the address.</source>
        <translation>L&apos;LRS continua a reindirizzare altrove; controlli l&apos;indirizzo.</translation>
    </message>
    <message>
        <source>The LRS refused the statement (HTTP {status}): {detail}</source>
        <translation>L&apos;LRS ha rifiutato il risultato (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>The LRS sent a broken link to the next page.</source>
        <translation>L&apos;LRS ha inviato un link non valido alla pagina successiva.</translation>
    </message>
    <message>
        <source>The LRS sent an answer far too large to be statements.</source>
        <translation>L&apos;LRS ha inviato una risposta troppo grande per essere un elenco di risultati.</translation>
    </message>
    <message>
        <source>The LRS sent an answer that cannot be read.</source>
        <translation>L&apos;LRS ha inviato una risposta illeggibile.</translation>
    </message>
    <message>
        <source>The LRS sent us to another address ({host}); nothing was sent there.</source>
        <translation>L&apos;LRS ci ha reindirizzato a un altro indirizzo ({host}); lì non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {file}: {reason}. Check that the USB stick is plugged in and has free space. Nothing was saved.</source>
        <translation>Non è stato possibile salvare il PDF come {file}: {reason}. Controlli che la chiavetta USB sia inserita e abbia spazio libero. Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {file}: {reason}. Nothing was saved.</source>
        <translation>Non è stato possibile salvare il PDF come {file}: {reason}. Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The bundle cannot be read ({reason}).</source>
        <translation>Non è possibile leggere il pacchetto ({reason}).</translation>
    </message>
    <message>
        <source>The centre key does not open this bundle. Please check the key.</source>
        <translation>La chiave del centro non apre questo pacchetto. Controlli la chiave.</translation>
    </message>
    <message>
        <source>The centre key needs at least {limit} characters.</source>
        <translation>La chiave del centro è troppo corta. Numero minimo di caratteri: {limit}.</translation>
    </message>
    <message>
        <source>The centre needs at least one trainer account.</source>
        <translation>Il centro deve avere almeno un account tutor.</translation>
    </message>
    <message>
        <source>The course “{title}” comes with SkillsApp and cannot be replaced from a file. It is updated together with SkillsApp.</source>
        <translation>Il corso «{title}» è incluso in SkillsApp e non può essere sostituito da un file. Viene aggiornato insieme a SkillsApp.</translation>
    </message>
    <message>
        <source>The course “{title}” is already installed in version {installed}. This file holds version {version}, which is not newer, so nothing was changed.</source>
        <translation>Il corso «{title}» è già installato nella versione {installed}. Questo file contiene la versione {version}, che non è più recente, quindi non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The day to finish by has already passed. Please choose today or a later day.</source>
        <translation>Quel giorno è già passato. Scegli oggi o un giorno successivo.</translation>
    </message>
    <message>
        <source>The day you watched the task cannot be in the future.</source>
        <translation>Il giorno dell&apos;osservazione non può essere nel futuro.</translation>
    </message>
    <message>
        <source>The disk where SkillsApp keeps its records ({folder}) is full. Please make some room on it (for example, empty the recycle bin), then start SkillsApp again. Nothing has been changed.</source>
        <translation>Il disco su cui SkillsApp conserva i dati ({folder}) è pieno. Liberi un po&apos; di spazio (per esempio svuotando il cestino), poi riavvii SkillsApp. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The key or secret is wrong.</source>
        <translation>La chiave o il segreto non sono corretti.</translation>
    </message>
    <message>
        <source>The learning records in {file} were saved by a newer version of SkillsApp (data version {found}, this version reads up to {known}). Please install the newer version; nothing has been changed.</source>
        <translation>I dati di apprendimento in {file} sono stati salvati da una versione più recente di SkillsApp (versione dei dati {found}; questa versione legge fino alla {known}). Installi la versione più recente; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The learning records on this PC ({file}) are damaged and cannot be opened ({detail}).</source>
        <translation>I dati di apprendimento su questo PC ({file}) sono danneggiati e non si possono aprire ({detail}).</translation>
    </message>
    <message>
        <source>The level must be a whole number from {low} to {high}.</source>
        <translation>Il livello deve essere un numero intero da {low} a {high}.</translation>
    </message>
    <message>
        <source>The password can have at most {limit} characters.</source>
        <translation>La password è troppo lunga. Numero massimo di caratteri: {limit}.</translation>
    </message>
    <message>
        <source>The password contains characters that cannot be typed. Please try again.</source>
        <translation>La password contiene caratteri che non si possono digitare con la tastiera. Riprovi.</translation>
    </message>
    <message>
        <source>The password needs at least {limit} characters.</source>
        <translation>La password è troppo corta. Numero minimo di caratteri: {limit}.</translation>
    </message>
    <message>
        <source>The period ends before it starts. Please swap the two dates.</source>
        <translation>Il periodo finisce prima di iniziare. Inverta le due date.</translation>
    </message>
    <message>
        <source>The printer reported a problem and the pages may not have come out. Check that it is switched on and has paper, then try again.</source>
        <translation>La stampante ha segnalato un problema e le pagine potrebbero non essere uscite. Controlla che sia accesa e abbia carta, poi riprova.</translation>
    </message>
    <message>
        <source>The report could not be saved as {file}: {reason}. Check that the USB stick is plugged in, has free space and is not write-protected. Nothing was saved.</source>
        <translation>Non è stato possibile salvare il report come {file}: {reason}. Controlli che la chiavetta USB sia inserita, abbia spazio libero e non sia protetta da scrittura. Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The resident needs to agree that the centre keeps their learning records, otherwise their progress cannot be saved.</source>
        <translation>Serve il consenso alla conservazione dei dati di apprendimento da parte del centro; senza, i progressi non possono essere salvati.</translation>
    </message>
    <message>
        <source>The steps of this task are numbered 1 to {count}.</source>
        <translation>I passaggi di questa attività sono numerati da 1 a {count}.</translation>
    </message>
    <message>
        <source>The {field} contains characters that cannot be shown. Please type it again.</source>
        <translation>Il {field} contiene caratteri che non si possono visualizzare. Lo inserisca di nuovo.</translation>
    </message>
    <message>
        <source>The {field} is too long: please use at most {limit} letters.</source>
        <translation>Il {field} è troppo lungo. Numero massimo di lettere: {limit}.</translation>
    </message>
    <message>
        <source>The {field} needs at least one letter.</source>
        <translation>Il {field} deve contenere almeno una lettera.</translation>
    </message>
    <message>
        <source>There are no groups yet.</source>
        <translation>Non ci sono ancora gruppi.</translation>
    </message>
    <message>
        <source>There are no learners yet.</source>
        <translation>Non ci sono ancora partecipanti.</translation>
    </message>
    <message>
        <source>There is no group called “{name}”. The groups are: {names}.</source>
        <translation>Non esiste un gruppo chiamato «{name}». I gruppi sono: {names}.</translation>
    </message>
    <message>
        <source>There is no learner called “{name}”.</source>
        <translation>Non esiste un partecipante chiamato «{name}».</translation>
    </message>
    <message>
        <source>There is no report called “{name}”. The reports are: {names}.</source>
        <translation>Non esiste un rapporto chiamato «{name}». I rapporti sono: {names}.</translation>
    </message>
    <message>
        <source>There is no room left on the disk that holds {folder}, or it cannot be written to. Please free some space (or ask whoever looks after this PC) and start SkillsApp again. Your records are safe; nothing was changed.</source>
        <translation>Sul disco che contiene {folder} non c&apos;è più spazio, oppure non è possibile scriverci. Liberi un po&apos; di spazio (o chieda a chi si occupa di questo PC) e riavvii SkillsApp. I suoi dati sono al sicuro; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>This PC already belongs to a centre.</source>
        <translation>Questo PC appartiene già a un centro.</translation>
    </message>
    <message>
        <source>This bundle belongs to another centre ({centre}), not to this one. Nothing was imported.</source>
        <translation>Questo pacchetto appartiene a un altro centro ({centre}), non a questo. Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>This bundle has been changed since it was made, or it was made with another centre key. Nothing was imported.</source>
        <translation>Questo pacchetto è stato modificato dopo la creazione, oppure è stato creato con un&apos;altra chiave del centro. Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>This bundle unpacks to far more data than a centre can hold. Nothing was imported.</source>
        <translation>Una volta estratto, questo pacchetto occuperebbe molti più dati di quanti un centro ne possa contenere. Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of SkillsApp ({version}). Please update SkillsApp on this PC first. Nothing was imported.</source>
        <translation>Questo pacchetto è stato creato con una versione più recente di SkillsApp ({version}). Aggiorni prima SkillsApp su questo PC. Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>This course pack is protected with a password; make the zip again without one.</source>
        <translation>Questo pacchetto di corso è protetto da password; ricrei lo zip senza password.</translation>
    </message>
    <message>
        <source>This course pack would take {size} MB once unpacked; at most {limit} MB is allowed.</source>
        <translation>Una volta estratto, questo pacchetto di corso occuperebbe {size} MB; il massimo consentito è {limit} MB.</translation>
    </message>
    <message>
        <source>This file cannot be read: {reason}.</source>
        <translation>Non è possibile leggere questo file: {reason}.</translation>
    </message>
    <message>
        <source>This file holds {count} files; a course pack may hold at most {limit}. It is probably not a course pack.</source>
        <translation>Questo file contiene troppi file ({count}); un pacchetto di corso può contenerne al massimo {limit}. Probabilmente non è un pacchetto di corso.</translation>
    </message>
    <message>
        <source>This file holds “{name}” twice.</source>
        <translation>Questo file contiene «{name}» due volte.</translation>
    </message>
    <message>
        <source>This file is damaged or was made in a way SkillsApp cannot open; make the zip again with an ordinary zip program.</source>
        <translation>Questo file è danneggiato o è stato creato in un modo che SkillsApp non riesce ad aprire; ricrei lo zip con un normale programma di compressione.</translation>
    </message>
    <message>
        <source>This file is not a SkillsApp bundle. Nothing was imported.</source>
        <translation>Questo file non è un pacchetto SkillsApp. Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>This file is not a complete SkillsApp bundle (it may have been cut short while copying). Please copy it again. Nothing was imported.</source>
        <translation>Questo file non è un pacchetto SkillsApp completo (forse la copia si è interrotta). Lo copi di nuovo. Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>This file is not a course pack: it has no course.yaml.</source>
        <translation>Questo file non è un pacchetto di corso: manca il file course.yaml.</translation>
    </message>
    <message>
        <source>This file is not a course pack: it is not a zip file, or it is damaged or incomplete (copy it to the USB stick again).</source>
        <translation>Questo file non è un pacchetto di corso: non è un file zip, oppure è danneggiato o incompleto (lo copi di nuovo sulla chiavetta USB).</translation>
    </message>
    <message>
        <source>This file is not a safe course pack.</source>
        <translation>Questo file non è un pacchetto di corso sicuro.</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: it would unpack to far more data than it holds (a &apos;zip bomb&apos;).</source>
        <translation>Questo file non è un pacchetto di corso sicuro: una volta estratto occuperebbe molti più dati di quelli che contiene (una «bomba zip»).</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: “{name}” is a link or a special file, not a plain file.</source>
        <translation>Questo file non è un pacchetto di corso sicuro: «{name}» è un collegamento o un file speciale, non un file normale.</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: “{name}” would be written outside the course folder.</source>
        <translation>Questo file non è un pacchetto di corso sicuro: «{name}» verrebbe scritto fuori dalla cartella del corso.</translation>
    </message>
    <message>
        <source>This learner is not registered at this centre.</source>
        <translation>Questo partecipante non è iscritto a questo centro.</translation>
    </message>
    <message>
        <source>This learner&apos;s profile is archived; restore it first.</source>
        <translation>Il profilo di questo partecipante è archiviato; lo ripristini prima.</translation>
    </message>
    <message>
        <source>This trainer account is archived.</source>
        <translation>Questo account tutor è archiviato.</translation>
    </message>
    <message>
        <source>This trainer could not be saved. Please try again.</source>
        <translation>Non è stato possibile salvare questo tutor. Riprovi.</translation>
    </message>
    <message>
        <source>Time spent learning at the centre, in hours: {hours}</source>
        <translation>Tempo di apprendimento al centro, in ore: {hours}</translation>
    </message>
    <message>
        <source>Too few to report</source>
        <translation>Troppo pochi per riportare dati</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Why help may be needed</source>
        <translation>Perché potrebbe servire aiuto</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Donne</translation>
    </message>
    <message>
        <source>centre name</source>
        <translation>nome del centro</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>nome del gruppo</translation>
    </message>
    <message>
        <source>it is not a SkillsApp database file</source>
        <translation>non è un file di dati di SkillsApp</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>trainer&apos;s name</source>
        <translation>nome del tutor</translation>
    </message>
    <message>
        <source>{name} has no certificate for the course “{course}” yet: it comes when the course is finished.</source>
        <translation>{name} non ha ancora l&apos;attestato del corso «{course}»: arriva quando il corso è completato.</translation>
    </message>
    <message>
        <source>{name} is already in the group “{group}”.</source>
        <translation>{name} è già nel gruppo “{group}”.</translation>
    </message>
    <message>
        <source>“{code}” is not a DigComp competence.</source>
        <translation>«{code}» non è una competenza DigComp.</translation>
    </message>
</context>
<context>
    <name>MyData</name>
    <message>
        <source>What happens in the learning record store (LRS): it only ever received results under a number, never a name. Results it already received are marked as withdrawn (voided), so reports no longer count them, but the store keeps a record that they existed.</source>
        <translation>Cosa succede nell&apos;archivio dei dati di apprendimento (LRS): ha sempre ricevuto i risultati solo con un numero, mai con un nome. I risultati che ha già ricevuto vengono segnati come ritirati (voided), così i report non li contano più, ma l&apos;archivio conserva traccia del fatto che sono esistiti.</translation>
    </message>
    <message>
        <source>The centre keeps your learning records.</source>
        <translation>Il centro conserva i suoi dati di apprendimento.</translation>
    </message>
    <message>
        <source>Your results are counted, without your name, by the programme.</source>
        <translation>I suoi risultati vengono conteggiati dal programma, senza il suo nome.</translation>
    </message>
    <message>
        <source>Your results are not shared with the programme.</source>
        <translation>I suoi risultati non vengono condivisi con il programma.</translation>
    </message>
    <message>
        <source>You agreed on %1.</source>
        <translation>Ha dato il consenso il %1.</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Il suo profilo</translation>
    </message>
    <message>
        <source>First name %1; language %2; %3; tile colour and picture.</source>
        <translation>Nome: %1; lingua: %2; %3; colore e immagine del riquadro.</translation>
    </message>
    <message>
        <source>a PIN is set</source>
        <translation>con PIN</translation>
    </message>
    <message>
        <source>no PIN</source>
        <translation>senza PIN</translation>
    </message>
    <message>
        <source>About you (optional)</source>
        <translation>Su di lei (facoltativo)</translation>
    </message>
    <message>
        <source>Gender: %1. Age: %2.</source>
        <translation>Genere: %1. Età: %2.</translation>
    </message>
    <message>
        <source>What you agreed to</source>
        <translation>Il suo consenso</translation>
    </message>
    <message>
        <source>Your courses</source>
        <translation>I suoi corsi</translation>
    </message>
    <message>
        <source>%1 started, %2 finished.</source>
        <translation>Iniziati: %1; completati: %2.</translation>
    </message>
    <message>
        <source>Your visits</source>
        <translation>Le sue presenze</translation>
    </message>
    <message numerus="yes">
        <source>You came on %n day(s).</source>
        <translation>
            <numerusform>Ha frequentato il centro per %n giorno.</numerusform>
            <numerusform>Ha frequentato il centro per %n giorni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your groups</source>
        <translation>I suoi gruppi</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nessuno.</translation>
    </message>
    <message>
        <source>Your learning records</source>
        <translation>I suoi dati di apprendimento</translation>
    </message>
    <message numerus="yes">
        <source>%n records of what you did (lessons opened, answers given, courses finished, self-checks).</source>
        <translation>
            <numerusform>%n registrazione di ciò che ha fatto (lezioni aperte, risposte date, corsi completati, autovalutazioni).</numerusform>
            <numerusform>%n registrazioni di ciò che ha fatto (lezioni aperte, risposte date, corsi completati, autovalutazioni).</numerusform>
        </translation>
    </message>
    <message>
        <source>woman</source>
        <translation>donna</translation>
    </message>
    <message>
        <source>man</source>
        <translation>uomo</translation>
    </message>
    <message>
        <source>another gender</source>
        <translation>altro genere</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nessuna indicazione</translation>
    </message>
</context>
<context>
    <name>MyDataScreen</name>
    <message>
        <source>Save a copy of my data (with a trainer)</source>
        <translation>Salva una copia dei miei dati (con un tutor)</translation>
    </message>
    <message>
        <source>Erase my data (with a trainer)</source>
        <translation>Cancella i miei dati (con un tutor)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>I miei dati</translation>
    </message>
    <message>
        <source>This is everything SkillsApp keeps about you.</source>
        <translation>Questo è tutto ciò che SkillsApp conserva su di lei.</translation>
    </message>
    <message>
        <source>A trainer helps you save a copy of your data.</source>
        <translation>Un tutor la aiuta a salvare una copia dei suoi dati.</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Scelga dove salvare</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Salvato: %1</translation>
    </message>
    <message>
        <source>A trainer helps you erase your data.</source>
        <translation>Un tutor la aiuta a cancellare i suoi dati.</translation>
    </message>
</context>
<context>
    <name>OrderInput</name>
    <message>
        <source>Steps to put in order</source>
        <translation>Metta i passaggi nell&apos;ordine giusto</translation>
    </message>
    <message>
        <source>Choose a step with the arrow keys. Ctrl and an arrow key move it.</source>
        <translation>Scelga un passaggio con i tasti freccia. Ctrl e una freccia lo spostano.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move the chosen step up</source>
        <translation>Sposta su il passaggio scelto</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>Move the chosen step down</source>
        <translation>Sposta giù il passaggio scelto</translation>
    </message>
    <message>
        <source>Choose a step, then press “Move up” or “Move down”. With the keyboard: the arrow keys choose a step, Ctrl and an arrow key move it.</source>
        <translation>Scelga un passaggio, poi prema «Sposta su» o «Sposta giù». Con la tastiera: le frecce scelgono un passaggio, Ctrl e una freccia lo spostano.</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <source>Save as PDF</source>
        <translation>Salva come PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Salvato come %1</translation>
    </message>
    <message>
        <source>Sent to the printer: %1</source>
        <translation>Inviato alla stampante: %1</translation>
    </message>
</context>
<context>
    <name>PcSettings</name>
    <message>
        <source>Text size on the start screen</source>
        <translation>Dimensione del testo nella schermata iniziale</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Strong contrast on the start screen</source>
        <translation>Contrasto forte nella schermata iniziale</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuti</translation>
    </message>
    <message>
        <source>Sign out after no activity for</source>
        <translation>Uscita automatica dopo un&apos;inattività di</translation>
    </message>
    <message>
        <source>Lessons may open web pages (after asking)</source>
        <translation>Le lezioni possono aprire pagine web (dopo aver chiesto)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Cosa è stato fatto</translation>
    </message>
    <message>
        <source>These settings are for this PC only.</source>
        <translation>Queste impostazioni valgono solo per questo PC.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Non è stato possibile salvare le impostazioni: %1</translation>
    </message>
    <message>
        <source>Saved. The start screen of this PC uses these settings from now on.</source>
        <translation>Salvato. La schermata iniziale di questo PC usa ora queste impostazioni.</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Your PIN</source>
        <translation>Il suo PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Erase the last number</source>
        <translation>Cancella l&apos;ultima cifra</translation>
    </message>
    <message>
        <source>Type your PIN</source>
        <translation>Inserisca il suo PIN</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait until %1 or ask your trainer to unlock.</source>
        <translation>Troppi PIN sbagliati. Aspetti fino alle %1 oppure chieda al suo tutor di sbloccarlo.</translation>
    </message>
    <message>
        <source>That PIN is not right. You can try once more.</source>
        <translation>Il PIN non è giusto. Può riprovare ancora una volta.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. You can try %n more times.</source>
        <translation>
            <numerusform>Il PIN non è giusto. Può riprovare ancora %n volta.</numerusform>
            <numerusform>Il PIN non è giusto. Può riprovare ancora %n volte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizResult</name>
    <message>
        <source>Well done! You finished the whole course.</source>
        <translation>Complimenti! Ha completato tutto il corso.</translation>
    </message>
    <message>
        <source>Well done! You passed this lesson.</source>
        <translation>Complimenti! Ha superato questa lezione.</translation>
    </message>
    <message>
        <source>Not yet. Read the parts below again, then try the quiz once more.</source>
        <translation>Non ancora. Rilegga le parti qui sotto, poi riprovi il quiz.</translation>
    </message>
    <message>
        <source>Your certificate is ready. You find it under “My certificates” on your home page.</source>
        <translation>Il suo attestato è pronto. Lo trova in «I miei attestati» nella sua pagina iniziale.</translation>
    </message>
    <message>
        <source>Your result: %1 of %2 right at the first try.</source>
        <translation>Il suo risultato: %1 su %2 giuste al primo tentativo.</translation>
    </message>
    <message>
        <source>You need %1 of %2 right at the first try to pass.</source>
        <translation>Per superarlo servono %1 su %2 giuste al primo tentativo.</translation>
    </message>
    <message>
        <source>You need %1 right in a row at the first try to pass.</source>
        <translation>Per superarlo servono %1 risposte giuste di fila al primo tentativo.</translation>
    </message>
    <message>
        <source>Not right at the first try:</source>
        <translation>Non giuste al primo tentativo:</translation>
    </message>
    <message>
        <source>Read “%1” again</source>
        <translation>Rileggi «%1»</translation>
    </message>
    <message>
        <source>Read the lesson again</source>
        <translation>Rileggi la lezione</translation>
    </message>
    <message>
        <source>Try the quiz again</source>
        <translation>Rifai il quiz</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Torna al corso</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Check my answer</source>
        <translation>Controlla la risposta</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Domanda successiva</translation>
    </message>
    <message>
        <source>Back to the lesson</source>
        <translation>Torna alla lezione</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Domanda %1 di %2</translation>
    </message>
    <message>
        <source>See my result</source>
        <translation>Vedi il risultato</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>Giusto</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Non proprio</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>Steps in the right place: %1 of %2</source>
        <translation>Passaggi al posto giusto: %1 su %2</translation>
    </message>
    <message>
        <source>Pairs that are right: %1 of %2</source>
        <translation>Coppie giuste: %1 su %2</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Recovery sheet</source>
        <translation>Foglio di ripristino</translation>
    </message>
    <message>
        <source>Centre key</source>
        <translation>Chiave del centro</translation>
    </message>
    <message>
        <source>No centre key is set on this PC.</source>
        <translation>Su questo PC non è impostata nessuna chiave del centro.</translation>
    </message>
    <message>
        <source>Centre number: %1</source>
        <translation>Numero del centro: %1</translation>
    </message>
    <message>
        <source>What the centre key is for</source>
        <translation>A cosa serve la chiave del centro</translation>
    </message>
    <message>
        <source>You need it to set up another PC of this centre (choose “Join an existing centre”).</source>
        <translation>Serve per configurare un altro PC del centro (scelga «Collega questo PC a un centro esistente»).</translation>
    </message>
    <message>
        <source>You need it to read a USB stick with results from this centre.</source>
        <translation>Serve per leggere una chiavetta USB con i risultati di questo centro.</translation>
    </message>
    <message>
        <source>It protects the residents’ names, PINs and consent. Anyone who has the key and the centre’s LRS password can read them. The LRS never sees the key.</source>
        <translation>Protegge i nomi, i PIN e i consensi dei partecipanti. Chi ha la chiave e la password LRS del centro può leggerli. L&apos;LRS non vede mai la chiave.</translation>
    </message>
    <message>
        <source>If the key is lost, the results stay safe, but new PCs cannot read the residents’ details.</source>
        <translation>Se la chiave va persa, i risultati restano al sicuro, ma i nuovi PC non possono leggere i dati dei partecipanti.</translation>
    </message>
    <message>
        <source>Where to keep this sheet</source>
        <translation>Dove conservare questo foglio</translation>
    </message>
    <message>
        <source>Lock it away, for example in the centre’s safe or a locked drawer.</source>
        <translation>Lo chiuda a chiave, per esempio nella cassaforte del centro o in un cassetto con serratura.</translation>
    </message>
    <message>
        <source>Do not keep it next to the PC. Do not send it by e-mail and do not take a photo of it.</source>
        <translation>Non lo tenga vicino al PC. Non lo invii per e-mail e non lo fotografi.</translation>
    </message>
    <message>
        <source>Tell one other person you trust where it is.</source>
        <translation>Dica a un&apos;altra persona di fiducia dove si trova.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Stampato il %1</translation>
    </message>
</context>
<context>
    <name>ReportPaper</name>
    <message>
        <source>%1, made on %2</source>
        <translation>%1, creato il %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Report table</source>
        <translation>Tabella del report</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Salva come CSV…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salva come PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <source>What was saved</source>
        <translation>Cosa è stato salvato</translation>
    </message>
    <message>
        <source>Table as on screen (*.csv)</source>
        <translation>Tabella come sullo schermo (*.csv)</translation>
    </message>
    <message>
        <source>Data with codes, for other programs (*.csv)</source>
        <translation>Dati con codici, per altri programmi (*.csv)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Salva come CSV</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Salvato come %1</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Lingua del report</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Mostra il report</translation>
    </message>
    <message>
        <source>Certificate code</source>
        <translation>Codice dell&apos;attestato</translation>
    </message>
    <message>
        <source>Check a certificate</source>
        <translation>Verifica un attestato</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>No certificate of this centre has that code. Check the letters again.</source>
        <translation>Nessun attestato di questo centro ha questo codice. Controlli di nuovo le lettere.</translation>
    </message>
    <message>
        <source>Genuine: %1 finished “%2” on %3.</source>
        <translation>Autentico: %1 ha completato «%2» il %3.</translation>
    </message>
</context>
<context>
    <name>ResidentHome</name>
    <message>
        <source>A−  Smaller text</source>
        <translation>A−  Testo più piccolo</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Testo più piccolo</translation>
    </message>
    <message>
        <source>A+  Bigger text</source>
        <translation>A+  Testo più grande</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Testo più grande</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Strong contrast (white on black)</source>
        <translation>Contrasto forte (bianco su nero)</translation>
    </message>
    <message>
        <source>Check my digital skills</source>
        <translation>Valuta le mie competenze digitali</translation>
    </message>
    <message>
        <source>My skills</source>
        <translation>Le mie competenze</translation>
    </message>
    <message>
        <source>My certificates</source>
        <translation>I miei attestati</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>I miei dati</translation>
    </message>
    <message>
        <source>From your trainer</source>
        <translation>Dal suo tutor</translation>
    </message>
    <message>
        <source>Recommended for you</source>
        <translation>Consigliati per lei</translation>
    </message>
    <message>
        <source>My courses</source>
        <translation>I miei corsi</translation>
    </message>
    <message>
        <source>More courses</source>
        <translation>Altri corsi</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>Salve, %1!</translation>
    </message>
    <message>
        <source>Choose a course to start. Your progress is saved as you go. When you are done, press Finish at the top.</source>
        <translation>Scelga un corso per iniziare. I suoi progressi vengono salvati man mano. Quando ha finito, prema «Ho finito» in alto.</translation>
    </message>
    <message>
        <source>Continue where I left off: %1 – %2</source>
        <translation>Riprendi da dove avevo lasciato: %1 – %2</translation>
    </message>
    <message>
        <source>Please finish by %1</source>
        <translation>Da completare entro il %1</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Corsi</translation>
    </message>
    <message>
        <source>My certificates (%1)</source>
        <translation>I miei attestati (%1)</translation>
    </message>
    <message>
        <source>Not sure where to start? “Check my digital skills” suggests courses.</source>
        <translation>Non sa da dove cominciare? «Valuta le mie competenze digitali» le suggerisce dei corsi.</translation>
    </message>
    <message>
        <source>My skills (levels 1–8): %1</source>
        <translation>Le mie competenze (livelli 1–8): %1</translation>
    </message>
    <message>
        <source>Text size %1</source>
        <translation>Dimensione del testo %1</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentScreen</name>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Back to the previous statement</source>
        <translation>Torna all&apos;affermazione precedente</translation>
    </message>
    <message>
        <source>Pause and finish later</source>
        <translation>Faccio una pausa e finisco dopo</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Domanda %1 di %2</translation>
    </message>
    <message>
        <source>%1: what do you know?</source>
        <translation>%1: che cosa sai?</translation>
    </message>
    <message>
        <source>Statement %1 of %2</source>
        <translation>Affermazione %1 di %2</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Vero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>%1 (your answer)</source>
        <translation>%1 (la tua risposta)</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Giusto.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Non proprio.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Name of the centre</source>
        <translation>Nome del centro</translation>
    </message>
    <message>
        <source>for example: Village hall of Lindenau</source>
        <translation>ad esempio: Biblioteca comunale di Castelnuovo</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Lingua predefinita</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Welcome to SkillsApp</source>
        <translation>Benvenuti in SkillsApp</translation>
    </message>
    <message>
        <source>Set up a new centre</source>
        <translation>Crea un nuovo centro</translation>
    </message>
    <message>
        <source>Join an existing centre</source>
        <translation>Collega questo PC a un centro esistente</translation>
    </message>
    <message>
        <source>For another PC of a centre that already uses SkillsApp</source>
        <translation>Per un altro PC di un centro che usa già SkillsApp</translation>
    </message>
    <message>
        <source>Is this the first PC of your centre, or does your centre already use SkillsApp on another PC?</source>
        <translation>È il primo PC del suo centro, oppure il suo centro usa già SkillsApp su un altro PC?</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Foglio di ripristino</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Your centre key</source>
        <translation>La chiave del suo centro</translation>
    </message>
    <message>
        <source>Print or save this sheet and keep it locked away. You need the centre key to set up another PC of the centre.</source>
        <translation>Stampi o salvi questo foglio e lo conservi sotto chiave. La chiave del centro serve per configurare un altro PC del centro.</translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation>Stampa il foglio di ripristino…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salva come PDF…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>Salva il foglio di ripristino come PDF</translation>
    </message>
    <message>
        <source>Let&apos;s set up this PC for your centre. Step 1 of 2: the centre. You can change these later.</source>
        <translation>Configuriamo questo PC per il suo centro. Passo 1 di 2: il centro. Potrà cambiare questi dati anche in seguito.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il suo nome</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Almeno 8 caratteri</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Ripeta la password</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Create the centre</source>
        <translation>Crea il centro</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Password (almeno 8 caratteri)</translation>
    </message>
    <message>
        <source>The first trainer account</source>
        <translation>Il primo account tutor</translation>
    </message>
    <message>
        <source>Step 2 of 2: you. Trainers sign in with this password to add learners and follow their progress.</source>
        <translation>Passo 2 di 2: lei. I tutor accedono con questa password per aggiungere partecipanti e seguirne i progressi.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
</context>
<context>
    <name>SignOutDuringQuiz</name>
    <message>
        <source>Finish</source>
        <translation>Ho finito</translation>
    </message>
    <message>
        <source>Your answers so far are saved. Sign out now?</source>
        <translation>Le risposte date finora sono salvate. Vuole uscire adesso?</translation>
    </message>
    <message>
        <source>No, go on with the quiz</source>
        <translation>No, continua il quiz</translation>
    </message>
    <message>
        <source>Yes, sign out</source>
        <translation>Sì, esci</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>SkillsApp is already open on this PC with the same records (%1). Please use the window that is open; if you cannot find it, restart the PC.</source>
        <translation>SkillsApp è già aperta su questo PC con gli stessi dati (%1). Usi la finestra già aperta; se non la trova, riavvii il PC.</translation>
    </message>
</context>
<context>
    <name>SkillsCheckStart</name>
    <message>
        <source>Check my digital skills</source>
        <translation>Valuta le mie competenze digitali</translation>
    </message>
    <message>
        <source>You read short sentences like “I can send a photo by e-mail” and say how well they fit you. There are no wrong answers. It is not a test.</source>
        <translation>Legge brevi frasi come «So mandare una foto per e-mail» e indica quanto la descrivono. Non ci sono risposte sbagliate. Non è un esame.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Riprendi da dove avevo lasciato</translation>
    </message>
    <message>
        <source>A quick check of one topic (about 10 minutes):</source>
        <translation>Una valutazione veloce su un argomento (circa 10 minuti):</translation>
    </message>
    <message>
        <source>The full check of all topics (about 30 minutes)</source>
        <translation>La valutazione completa su tutti gli argomenti (circa 30 minuti)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
</context>
<context>
    <name>StartProblems</name>
    <message>
        <source>SkillsApp can put the damaged file aside (it is kept, not deleted) and bring back the newest automatic backup. Do that now?</source>
        <translation>SkillsApp può mettere da parte il file danneggiato (viene conservato, non cancellato) e ripristinare il backup automatico più recente. Procedere ora?</translation>
    </message>
    <message>
        <source>There was no usable backup. The damaged file was kept as %1; SkillsApp starts with empty records.</source>
        <translation>Non c&apos;era nessun backup utilizzabile. Il file danneggiato è stato conservato come %1; SkillsApp riparte con dati vuoti.</translation>
    </message>
    <message>
        <source>SkillsApp can put the damaged file aside (it is kept, not deleted) and bring back the newest automatic backup, then close; start it again afterwards. Do that now?</source>
        <translation>SkillsApp può mettere da parte il file danneggiato (viene conservato, non cancellato), ripristinare il backup automatico più recente e poi chiudersi; dopo, riaprilo. Farlo adesso?</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Trainer sign-in</source>
        <translation>Accesso tutor</translation>
    </message>
    <message>
        <source>No learners yet. A trainer can add them after signing in.</source>
        <translation>Non ci sono ancora partecipanti. Un tutor può aggiungerli dopo aver fatto l&apos;accesso.</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>%1 – benvenuti!</translation>
    </message>
    <message>
        <source>Choose your name to start.</source>
        <translation>Scelga il suo nome per iniziare.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync state</source>
        <translation>Stato della sincronizzazione</translation>
    </message>
    <message>
        <source>✓ Results sent</source>
        <translation>✓ Risultati inviati</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to send %n result(s)</source>
        <translation>
            <numerusform>%n risultato in attesa di invio</numerusform>
            <numerusform>%n risultati in attesa di invio</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: results are kept here</source>
        <translation>Offline: i risultati restano salvati qui</translation>
    </message>
    <message>
        <source>Sync problem: see Sync in the trainer&apos;s tools</source>
        <translation>Problema di sincronizzazione: vedere «Sincronizzazione» negli strumenti del tutor</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>LRS address</source>
        <translation>Indirizzo LRS</translation>
    </message>
    <message>
        <source>LRS key</source>
        <translation>Chiave LRS</translation>
    </message>
    <message>
        <source>LRS secret</source>
        <translation>Segreto LRS</translation>
    </message>
    <message>
        <source>Also on metered connections (mobile data)</source>
        <translation>Anche con connessioni a consumo (dati mobili)</translation>
    </message>
    <message>
        <source>Answer of the LRS</source>
        <translation>Risposta dell&apos;LRS</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Stato della sincronizzazione</translation>
    </message>
    <message>
        <source>No LRS is set up</source>
        <translation>Nessun LRS configurato</translation>
    </message>
    <message>
        <source>Results the LRS refused</source>
        <translation>Risultati rifiutati dall&apos;LRS</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Prova la connessione</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Export a bundle (USB)…</source>
        <translation>Esporta un pacchetto (USB)…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Importa un pacchetto…</translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation>Stampa il foglio di ripristino…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF…</source>
        <translation>Salva il foglio di ripristino come PDF…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Results are kept on this PC first and sent to the centre&apos;s record store (LRS) when there is a connection. Without one, use a bundle on a USB stick.</source>
        <translation>I risultati vengono salvati prima su questo PC e poi inviati all&apos;archivio dati del centro (LRS) quando c&apos;è una connessione. Senza connessione, usi un pacchetto su una chiavetta USB.</translation>
    </message>
    <message>
        <source>Results the LRS refused:</source>
        <translation>Risultati rifiutati dall&apos;LRS:</translation>
    </message>
    <message>
        <source>Asking the LRS…</source>
        <translation>Richiesta all&apos;LRS in corso…</translation>
    </message>
    <message>
        <source>Sending and receiving…</source>
        <translation>Invio e ricezione in corso…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Scrittura del pacchetto in corso…</translation>
    </message>
    <message>
        <source>Wrote %1 results to %2.</source>
        <translation>%1 risultati scritti in %2.</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>Lettura del pacchetto in corso…</translation>
    </message>
    <message>
        <source>Send and receive results by themselves when there is a connection</source>
        <translation>Invia e ricevi i risultati da solo quando c&apos;è connessione</translation>
    </message>
    <message>
        <source>Saved. Results stay on this PC until the LRS address, key and secret are all filled in.</source>
        <translation>Salvato. I risultati restano su questo PC finché non sono compilati indirizzo, chiave e segreto dell&apos;LRS.</translation>
    </message>
    <message>
        <source>Saved. Results are sent to the LRS whenever there is a connection.</source>
        <translation>Salvato. I risultati vengono inviati all&apos;LRS ogni volta che c&apos;è connessione.</translation>
    </message>
    <message>
        <source>Saved. Results are sent only when you press Sync now.</source>
        <translation>Salvato. I risultati vengono inviati solo quando premi Sincronizza ora.</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Esporta un pacchetto</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importa un pacchetto</translation>
    </message>
    <message numerus="yes">
        <source>No LRS is set up on this PC, so results are not sent anywhere yet. They are kept safely on this PC: nothing is lost (%n result(s) so far). To send them to the centre&apos;s record store, type the LRS address, key and secret that your coordinator gives you, press Test connection, then Save. Without a connection, carry the results to another PC with Export a bundle (USB).</source>
        <translation>
            <numerusform>Su questo PC non è configurato nessun LRS, quindi i risultati non vengono ancora inviati da nessuna parte. Restano al sicuro su questo PC: non si perde nulla (%n risultato finora). Per inviarli all&apos;archivio dei risultati del centro, inserisci indirizzo, chiave e segreto dell&apos;LRS che ti dà il coordinatore, premi Prova la connessione e poi Salva. Senza connessione, porta i risultati su un altro PC con Esporta un pacchetto (USB).</numerusform>
            <numerusform>Su questo PC non è configurato nessun LRS, quindi i risultati non vengono ancora inviati da nessuna parte. Restano al sicuro su questo PC: non si perde nulla (%n risultati finora). Per inviarli all&apos;archivio dei risultati del centro, inserisci indirizzo, chiave e segreto dell&apos;LRS che ti dà il coordinatore, premi Prova la connessione e poi Salva. Senza connessione, porta i risultati su un altro PC con Esporta un pacchetto (USB).</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>Ultimo invio: %1</translation>
    </message>
    <message>
        <source>Last received: %1</source>
        <translation>Ultima ricezione: %1</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>In attesa di invio: %1</translation>
    </message>
    <message>
        <source>Results are sent only when you press Sync now.</source>
        <translation>I risultati vengono inviati solo quando premi Sincronizza ora.</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Ultimo problema: %1</translation>
    </message>
    <message>
        <source>Imported %1 new results of %2.</source>
        <translation>Importati %1 risultati nuovi su %2.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Qualcosa è andato storto: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2.</source>
        <translation>Inviati: %1; ricevuti: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) refused by the LRS (listed below).</source>
        <translation>
            <numerusform>%n risultato rifiutato dall&apos;LRS (elenco qui sotto).</numerusform>
            <numerusform>%n risultati rifiutati dall&apos;LRS (elenco qui sotto).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>Your answer</source>
        <translation>La sua risposta</translation>
    </message>
</context>
<context>
    <name>TextSizeButtons</name>
    <message>
        <source>Smaller text</source>
        <translation>Testo più piccolo</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl and minus)</source>
        <translation>Testo più piccolo (Ctrl e meno)</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Testo più grande</translation>
    </message>
    <message>
        <source>Bigger text (Ctrl and plus)</source>
        <translation>Testo più grande (Ctrl e più)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Text size %1</source>
        <translation>Dimensione del testo %1</translation>
    </message>
</context>
<context>
    <name>TrainerAssessmentScreen</name>
    <message>
        <source>Competence</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Non ancora</translation>
    </message>
    <message>
        <source>Observed level, 0 (not yet) to 8</source>
        <translation>Livello osservato, da 0 (non ancora) a 8</translation>
    </message>
    <message>
        <source>Task you watched</source>
        <translation>Attività osservata</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Day you watched the task</source>
        <translation>Giorno dell&apos;osservazione</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Salva la valutazione</translation>
    </message>
    <message>
        <source>Self-assessed and trainer levels</source>
        <translation>Livelli dell&apos;autovalutazione e del tutor</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Autovalutazione</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Da verificare</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Save profile as PDF</source>
        <translation>Salva il profilo come PDF</translation>
    </message>
    <message>
        <source>Save Europass text</source>
        <translation>Salva il testo per Europass</translation>
    </message>
    <message>
        <source>Save Open Badges</source>
        <translation>Salva gli Open Badges</translation>
    </message>
    <message>
        <source>Observed level</source>
        <translation>Livello osservato</translation>
    </message>
    <message>
        <source>Task watched</source>
        <translation>Attività osservata</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Passaggi svolti</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Assess %1</source>
        <translation>Valuta %1</translation>
    </message>
    <message>
        <source>Flagged rows differ by 2 levels or more.</source>
        <translation>Le righe segnalate differiscono di 2 livelli o più.</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>Nessuna lista di controllo</translation>
    </message>
    <message>
        <source>Differs by 2 or more</source>
        <translation>Differenza di 2 o più</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Cosa è stato fatto</translation>
    </message>
    <message>
        <source>Saved: level %1 for %2.</source>
        <translation>Salvato: livello %1 per %2.</translation>
    </message>
    <message>
        <source>Saved: “not yet” for %1.</source>
        <translation>Salvato: «non ancora» per %1.</translation>
    </message>
</context>
<context>
    <name>TrainerConfirm</name>
    <message>
        <source>A trainer confirms</source>
        <translation>Conferma di un tutor</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Trainer&apos;s password</source>
        <translation>Password del tutor</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>That password is not right. Please try again.</source>
        <translation>La password non è giusta. Riprovi, per favore.</translation>
    </message>
</context>
<context>
    <name>TrainerCourses</name>
    <message>
        <source>Courses on this PC</source>
        <translation>Corsi su questo PC</translation>
    </message>
    <message>
        <source>Import a course from a file…</source>
        <translation>Importa un corso da un file…</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Cosa è stato fatto</translation>
    </message>
    <message>
        <source>Courses come with SkillsApp. You can add new ones from a .zip file, for example from a USB stick. A file is checked before anything is installed.</source>
        <translation>I corsi sono inclusi in SkillsApp. Può aggiungerne di nuovi da un file .zip, ad esempio da una chiavetta USB. Ogni file viene controllato prima di installare qualsiasi cosa.</translation>
    </message>
    <message>
        <source>%1  ·  version %2  ·  %3</source>
        <translation>%1  ·  versione %2  ·  %3</translation>
    </message>
    <message>
        <source>Choose a course file</source>
        <translation>Scelga un file di corso</translation>
    </message>
    <message>
        <source>Course packs (*.zip)</source>
        <translation>Pacchetti di corsi (*.zip)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Controllo del file in corso…</translation>
    </message>
    <message>
        <source>Checking the course file…</source>
        <translation>Controllo del file del corso…</translation>
    </message>
    <message>
        <source>Install this course?</source>
        <translation>Installare questo corso?</translation>
    </message>
    <message>
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
        <source>Nothing was installed.</source>
        <translation>Non è stato installato nulla.</translation>
    </message>
    <message>
        <source>Installing the course…</source>
        <translation>Installazione del corso…</translation>
    </message>
    <message>
        <source>“%1” version %2 is installed. Residents find it among the courses now.</source>
        <translation>“%1” versione %2 è installato. I partecipanti ora lo trovano tra i corsi.</translation>
    </message>
    <message>
        <source>This course pack cannot be used, so nothing was installed. Please send it back to its author with this list:</source>
        <translation>Questo pacchetto di corso non può essere usato, quindi non è stato installato nulla. Lo rimandi al suo autore con questo elenco:</translation>
    </message>
    <message>
        <source>The file could not be read (%1). Nothing was installed.</source>
        <translation>Non è stato possibile leggere il file (%1). Non è stato installato nulla.</translation>
    </message>
</context>
<context>
    <name>TrainerForm</name>
    <message>
        <source>New trainer</source>
        <translation>Nuovo tutor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Ripeta la password</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Password (almeno 8 caratteri)</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
</context>
<context>
    <name>TrainerHome</name>
    <message>
        <source>Dashboard</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppi</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Corsi</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Questo PC</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Lavoro in corso</translation>
    </message>
    <message>
        <source>%1 The other tabs wait until this is done.</source>
        <translation>%1 Le altre schede aspettano finché non è finito.</translation>
    </message>
</context>
<context>
    <name>TrainerSignIn</name>
    <message>
        <source>Trainer</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Trainer sign-in</source>
        <translation>Accesso tutor</translation>
    </message>
    <message>
        <source>That password is not right. Please try again.</source>
        <translation>La password non è giusta. Riprovi, per favore.</translation>
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
        <translation>Tutor</translation>
    </message>
    <message>
        <source>New trainer</source>
        <translation>Nuovo tutor</translation>
    </message>
    <message>
        <source>Close account</source>
        <translation>Chiudi l&apos;account</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Cosa è stato fatto</translation>
    </message>
    <message>
        <source>Added the trainer account of %1. They sign in with their password.</source>
        <translation>Aggiunto l&apos;account formatore di %1. Accede con la propria password.</translation>
    </message>
    <message>
        <source>Closed the account of %1.</source>
        <translation>Account di %1 chiuso.</translation>
    </message>
</context>
<context>
    <name>UpdatingScreen</name>
    <message>
        <source>SkillsApp was updated and is bringing this PC&apos;s records up to date. This happens once; nothing is lost.</source>
        <translation>SkillsApp è stato aggiornato e sta aggiornando i dati di questo PC. Succede una volta sola; non si perde niente.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Updating the records</source>
        <translation>Aggiornamento dei dati</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 di %2 voci</translation>
    </message>
</context>
<context>
    <name>WaitingScreen</name>
    <message>
        <source>The courses are being prepared. Your screen opens by itself in a moment.</source>
        <translation>I corsi sono in preparazione. La sua schermata si apre da sola tra un momento.</translation>
    </message>
    <message>
        <source>Preparing the courses</source>
        <translation>Preparazione dei corsi</translation>
    </message>
    <message>
        <source>One moment, please</source>
        <translation>Un momento, per favore</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Column headings</source>
        <translation>Intestazioni di colonna</translation>
    </message>
    <message>
        <source>Row headings</source>
        <translation>Intestazioni di riga</translation>
    </message>
</context>
<context>
    <name>WorkProgress</name>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Step 1 of 2: reading the bundle (%1 of %2 results)</source>
        <translation>Passo 1 di 2: lettura del pacchetto (%1 di %2 risultati)</translation>
    </message>
    <message>
        <source>Step 2 of 2: saving the results and updating everyone&apos;s progress</source>
        <translation>Passo 2 di 2: salvataggio dei risultati e aggiornamento dei progressi di tutti</translation>
    </message>
    <message>
        <source>Writing the bundle: %1 of %2 results</source>
        <translation>Scrittura del pacchetto: %1 di %2 risultati</translation>
    </message>
    <message>
        <source>Sending results to the LRS: %1 of %2</source>
        <translation>Invio dei risultati all&apos;LRS: %1 di %2</translation>
    </message>
    <message>
        <source>Receiving results from the LRS: %1 so far</source>
        <translation>Ricezione dei risultati dall&apos;LRS: finora %1</translation>
    </message>
</context>
</TS>
