<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>AssessmentResultScreen</name>
    <message>
        <source>Courses that help you with the next step:</source>
        <translation>Cursos que ajudam a dar o próximo passo:</translation>
    </message>
    <message>
        <source>Start the course %1</source>
        <translation>Começar o curso %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>You have not done a self-assessment yet.</source>
        <translation>Ainda não fez nenhuma autoavaliação.</translation>
    </message>
    <message>
        <source>You are confident with %1.</source>
        <translation>Já faz isto com confiança: %1.</translation>
    </message>
    <message>
        <source>You have made a start, and that is what counts.</source>
        <translation>Já começou, e é isso que conta.</translation>
    </message>
    <message>
        <source>%1 is the next step.</source>
        <translation>O próximo passo é %1.</translation>
    </message>
    <message>
        <source>You know more about %1 than you thought.</source>
        <translation>Sobre «%1» sabe mais do que pensava.</translation>
    </message>
    <message>
        <source>You can do more with %1 than you thought.</source>
        <translation>Em «%1» consegue fazer mais do que pensava.</translation>
    </message>
    <message>
        <source>%1 is worth another look: a course can help you feel sure.</source>
        <translation>%1 merece outro olhar: um curso pode ajudá-lo a sentir-se seguro.</translation>
    </message>
    <message>
        <source>What you said of yourself, since last time:</source>
        <translation>O que disse de si, desde a última vez:</translation>
    </message>
    <message>
        <source>%1: %2 before, %3 now</source>
        <translation>%1: antes %2, agora %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>nível %1</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign a course to %1</source>
        <translation>Atribuir um curso a %1</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Finish by a day</source>
        <translation>Terminar até uma data</translation>
    </message>
    <message>
        <source>Day to finish by</source>
        <translation>Terminar até</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Atribuir</translation>
    </message>
</context>
<context>
    <name>CertificateList</name>
    <message>
        <source>What was saved</source>
        <translation>O que foi guardado</translation>
    </message>
    <message>
        <source>%1, finished on %2</source>
        <translation>%1, terminado em %2</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the certificate: %1</source>
        <translation>Imprimir o certificado: %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the certificate as PDF: %1</source>
        <translation>Guardar o certificado como PDF: %1</translation>
    </message>
</context>
<context>
    <name>CertificatePaper</name>
    <message>
        <source>Certificate – %1 – %2</source>
        <translation>Certificado – %1 – %2</translation>
    </message>
    <message>
        <source>%1 %2: level %3 (%4)</source>
        <translation>%1 %2: nível %3 (%4)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>This certificate is awarded to</source>
        <translation>Este certificado é atribuído a</translation>
    </message>
    <message>
        <source>for completing the course</source>
        <translation>pela conclusão do curso</translation>
    </message>
    <message>
        <source>Completed on %1</source>
        <translation>Concluído em %1</translation>
    </message>
    <message>
        <source>Digital competences trained (%1)</source>
        <translation>Competências digitais trabalhadas (%1)</translation>
    </message>
    <message>
        <source>The centre can check this code in SkillsApp: Reports, “Check a certificate”.</source>
        <translation>O centro pode verificar este código na SkillsApp: Relatórios, «Verificar um certificado».</translation>
    </message>
    <message>
        <source>Check code: %1</source>
        <translation>Código de verificação: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formador</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <source>My certificates</source>
        <translation>Os meus certificados</translation>
    </message>
    <message>
        <source>When you finish a course, its certificate appears here.</source>
        <translation>Quando terminar um curso, o certificado aparece aqui.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
</context>
<context>
    <name>ChoiceInput</name>
    <message>
        <source>True</source>
        <translation>Verdadeiro</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>Choose every right answer.</source>
        <translation>Escolha todas as respostas certas.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 problem(s) and %2 warning(s) found.</source>
        <translation>Foram encontrados %1 problema(s) e %2 aviso(s).</translation>
    </message>
    <message>
        <source>%1 results were refused by the LRS; a trainer can see why in the app.</source>
        <translation>O LRS recusou %1 resultados; um formador pode ver porquê na aplicação.</translation>
    </message>
    <message>
        <source>Centre key (from the centre&apos;s recovery sheet): </source>
        <translation>Chave do centro (da folha de recuperação do centro): </translation>
    </message>
    <message>
        <source>Digital-skills training for community centres.</source>
        <translation>Formação em competências digitais para centros comunitários.</translation>
    </message>
    <message>
        <source>Everything checked is fine.</source>
        <translation>Tudo o que foi verificado está bem.</translation>
    </message>
    <message>
        <source>Imported the bundle of %1: %2 new of %3 results.</source>
        <translation>Pacote de %1 importado: %2 resultados novos de %3.</translation>
    </message>
    <message>
        <source>Installed “%1” version %2.</source>
        <translation>Instalado «%1», versão %2.</translation>
    </message>
    <message>
        <source>No LRS is set for this centre: set it in the trainer settings, or set SKILLSAPP_LRS_URL, SKILLSAPP_LRS_KEY and SKILLSAPP_LRS_SECRET.</source>
        <translation>Não há nenhum LRS definido para este centro: defina-o nas definições do formador, ou defina SKILLSAPP_LRS_URL, SKILLSAPP_LRS_KEY e SKILLSAPP_LRS_SECRET.</translation>
    </message>
    <message>
        <source>No centre key is set on this PC: learner profiles are not sent.</source>
        <translation>Este computador não tem a chave do centro: os perfis dos formandos não são enviados.</translation>
    </message>
    <message>
        <source>No problems; %1 warning(s) worth a look.</source>
        <translation>Nenhum problema; %1 aviso(s) que vale a pena ver.</translation>
    </message>
    <message>
        <source>No usable backup was found; SkillsApp will start with empty records.</source>
        <translation>Não foi encontrada nenhuma cópia de segurança utilizável; o SkillsApp vai começar sem registos.</translation>
    </message>
    <message>
        <source>On a PC that has no centre yet, the centre key is asked for (or read from SKILLSAPP_CENTRE_KEY).</source>
        <translation>Num computador que ainda não pertence a nenhum centro, é pedida a chave do centro (ou lida de SKILLSAPP_CENTRE_KEY).</translation>
    </message>
    <message>
        <source>Reading the bundle: %1 of %2 results</source>
        <translation>A ler o pacote: %1 de %2 resultados</translation>
    </message>
    <message>
        <source>Receiving from the LRS: %1 results so far</source>
        <translation>A receber do LRS: %1 resultados até agora</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translation>Cópia de segurança %1 reposta.</translation>
    </message>
    <message>
        <source>Saved the certificate as PDF: %1</source>
        <translation>Certificado guardado como PDF: %1</translation>
    </message>
    <message>
        <source>Saved the report as PDF: %1</source>
        <translation>Relatório guardado em PDF: %1</translation>
    </message>
    <message>
        <source>Saved the table as CSV: %1</source>
        <translation>Tabela guardada em CSV: %1</translation>
    </message>
    <message>
        <source>Saved the table for other programs as CSV: %1</source>
        <translation>Tabela para outros programas guardada como CSV: %1</translation>
    </message>
    <message>
        <source>Saving the results and updating progress: step %1 of %2</source>
        <translation>A guardar os resultados e a atualizar o progresso: passo %1 de %2</translation>
    </message>
    <message>
        <source>Sending to the LRS: %1 of %2 results</source>
        <translation>A enviar para o LRS: %1 de %2 resultados</translation>
    </message>
    <message>
        <source>Sent %1, received %2.</source>
        <translation>Enviados %1, recebidos %2.</translation>
    </message>
    <message>
        <source>Sync is switched off in the trainer settings.</source>
        <translation>A sincronização está desligada nas definições do formador.</translation>
    </message>
    <message>
        <source>The bundle could not be written to %1: %2.</source>
        <translation>Não foi possível gravar o pacote em %1: %2.</translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>A base de dados anterior foi guardada como %1.</translation>
    </message>
    <message>
        <source>There are no records in %1 yet.</source>
        <translation>Ainda não há registos em %1.</translation>
    </message>
    <message>
        <source>There is no database in %1; nothing to restore.</source>
        <translation>Não há nenhuma base de dados em %1; não há nada a repor.</translation>
    </message>
    <message>
        <source>This PC has no centre yet. To join one, type the centre key from the recovery sheet when asked, or set SKILLSAPP_CENTRE_KEY.</source>
        <translation>Este computador ainda não pertence a nenhum centro. Para se juntar a um, escreva a chave do centro da folha de recuperação quando lhe for pedida, ou defina SKILLSAPP_CENTRE_KEY.</translation>
    </message>
    <message>
        <source>This PC has no centre yet; there is nothing to export.</source>
        <translation>Este computador ainda não pertence a nenhum centro; não há nada para exportar.</translation>
    </message>
    <message>
        <source>This PC has not been set up for a centre yet.</source>
        <translation>Este computador ainda não foi configurado para nenhum centro.</translation>
    </message>
    <message>
        <source>This PC now belongs to %1.</source>
        <translation>Este computador pertence agora a %1.</translation>
    </message>
    <message>
        <source>Updating the records after an update: %1 of %2</source>
        <translation>A atualizar os registos após uma atualização: %1 de %2</translation>
    </message>
    <message>
        <source>Writing the bundle: %1 of %2 results</source>
        <translation>A gravar o pacote: %1 de %2 resultados</translation>
    </message>
    <message>
        <source>Wrote %1 results of %2 to %3.</source>
        <translation>Foram gravados %1 resultados de %2 em %3.</translation>
    </message>
    <message>
        <source>check course packs (folders or .zip), item banks and checklists</source>
        <translation>verificar pacotes de cursos (pastas ou .zip), bancos de afirmações e listas de verificação</translation>
    </message>
    <message>
        <source>check or import course packs</source>
        <translation>verificar ou importar pacotes de cursos</translation>
    </message>
    <message>
        <source>check, offscreen and in a temporary folder, that the app works</source>
        <translation>verificar, sem ecrã e numa pasta temporária, que a aplicação funciona</translation>
    </message>
    <message>
        <source>export or import a sync bundle (USB)</source>
        <translation>exportar ou importar um pacote de sincronização (USB)</translation>
    </message>
    <message>
        <source>first day, e.g. 2026-01-01</source>
        <translation>primeiro dia, p. ex. 2026-01-01</translation>
    </message>
    <message>
        <source>install a course pack from a .zip</source>
        <translation>instalar um pacote de curso a partir de um .zip</translation>
    </message>
    <message>
        <source>last day, e.g. 2026-06-30</source>
        <translation>último dia, p. ex. 2026-06-30</translation>
    </message>
    <message>
        <source>merge a bundle FILE</source>
        <translation>juntar um pacote FILE</translation>
    </message>
    <message>
        <source>only results stored since this day (YYYY-MM-DD)</source>
        <translation>apenas os resultados guardados desde este dia (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>open the demo centre</source>
        <translation>abrir o centro de demonstração</translation>
    </message>
    <message>
        <source>put a damaged database aside and restore the newest automatic backup</source>
        <translation>pôr de lado uma base de dados danificada e repor a cópia de segurança automática mais recente</translation>
    </message>
    <message>
        <source>save the report as PDF here</source>
        <translation>guardar aqui o relatório em PDF</translation>
    </message>
    <message>
        <source>save the table as the screen shows it (in the report&apos;s language) as CSV</source>
        <translation>guardar a tabela como CSV tal como aparece no ecrã (na língua do relatório)</translation>
    </message>
    <message>
        <source>save the table for other programs (codes) as CSV here</source>
        <translation>guardar aqui a tabela para outros programas (códigos) como CSV</translation>
    </message>
    <message>
        <source>the report&apos;s language (default: the centre&apos;s; for a certificate, the learner&apos;s)</source>
        <translation>a língua do relatório (por omissão: a do centro; num certificado, a do formando)</translation>
    </message>
    <message>
        <source>send and receive results with the centre&apos;s LRS once</source>
        <translation>enviar e receber uma vez os resultados com o LRS do centro</translation>
    </message>
    <message>
        <source>show a report, or save it as CSV or PDF</source>
        <translation>mostrar um relatório ou guardá-lo em CSV ou PDF</translation>
    </message>
    <message>
        <source>start, paint the first screen and exit (with --demo: create the demo first)</source>
        <translation>iniciar, desenhar o primeiro ecrã e sair (com --demo: criar primeiro a demonstração)</translation>
    </message>
    <message>
        <source>the course&apos;s id, for a certificate</source>
        <translation>o identificador do curso, para um certificado</translation>
    </message>
    <message>
        <source>the group&apos;s name</source>
        <translation>o nome do grupo</translation>
    </message>
    <message>
        <source>the learner&apos;s first name or id</source>
        <translation>o nome próprio ou o identificador do formando</translation>
    </message>
    <message>
        <source>write the centre&apos;s results to FILE</source>
        <translation>gravar os resultados do centro em FILE</translation>
    </message>
</context>
<context>
    <name>CompetenceChart</name>
    <message>
        <source>Your competence chart</source>
        <translation>O seu gráfico de competências</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message numerus="yes">
        <source>About %n minutes</source>
        <translation>
            <numerusform>Cerca de %n minuto</numerusform>
            <numerusform>Cerca de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lessons</source>
        <translation>%1 de %2 lições</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>%1 of %2 lessons done</source>
        <translation>%1 de %2 lições feitas</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>por começar</translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message>
        <source>Start the course</source>
        <translation>Começar o curso</translation>
    </message>
    <message>
        <source>Read the first lesson again</source>
        <translation>Ler de novo a primeira lição</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Back to my courses</source>
        <translation>Voltar aos meus cursos</translation>
    </message>
    <message>
        <source>done</source>
        <translation>feita</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>ainda por fazer</translation>
    </message>
    <message>
        <source>You finished this course. Well done!</source>
        <translation>Terminou este curso. Muito bem!</translation>
    </message>
    <message>
        <source>%1 of %2 lessons done.</source>
        <translation>%1 de %2 lições feitas.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Competence areas</source>
        <translation>Áreas de competência</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message>
        <source>Learners and their progress</source>
        <translation>Formandos e o seu progresso</translation>
    </message>
    <message>
        <source>Latest sessions</source>
        <translation>Últimas sessões</translation>
    </message>
    <message>
        <source>No groups yet. Make one in the Groups tab.</source>
        <translation>Ainda não há grupos. Crie um no separador Grupos.</translation>
    </message>
    <message>
        <source>“!”: may need help (did not pass the same quiz 3 times, or no progress for 2 weeks). Press Enter or double-click a learner to open their page.</source>
        <translation>«!»: pode precisar de ajuda (não passou no mesmo questionário 3 vezes, ou não avança há 2 semanas). Prima Enter ou faça duplo clique num formando para abrir a sua página.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Formando</translation>
    </message>
    <message>
        <source>Days here (30 days)</source>
        <translation>Dias de presença (30 dias)</translation>
    </message>
    <message>
        <source>may need help</source>
        <translation>pode precisar de ajuda</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>nível %1</translation>
    </message>
    <message>
        <source>%1 learners; %2 may need help.</source>
        <translation>%1 formandos; %2 podem precisar de ajuda.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>did not sign out</source>
        <translation>não terminou a sessão</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ concluído</translation>
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
            <numerusform>não passou num questionário %n vez</numerusform>
            <numerusform>não passou num questionário %n vezes</numerusform>
        </translation>
    </message>
    <message>
        <source>no progress for 2 weeks</source>
        <translation>sem avançar há 2 semanas</translation>
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
        <translation>Calibração: autoavaliação e evidências</translation>
    </message>
    <message>
        <source>Your levels, and what they rest on</source>
        <translation>Os seus níveis e em que se baseiam</translation>
    </message>
    <message>
        <source>%1 (course quizzes)</source>
        <translation>%1 (questionários dos cursos)</translation>
    </message>
    <message>
        <source>Said</source>
        <translation>Disse</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Sabe</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>Fez</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observado</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Conclusão</translation>
    </message>
    <message>
        <source>You said</source>
        <translation>Disse</translation>
    </message>
    <message>
        <source>The questions showed</source>
        <translation>As perguntas mostraram</translation>
    </message>
    <message>
        <source>Practice showed</source>
        <translation>A prática mostrou</translation>
    </message>
    <message>
        <source>Your trainer saw</source>
        <translation>O formador viu</translation>
    </message>
    <message>
        <source>Your level</source>
        <translation>O seu nível</translation>
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
        <translation>conversem</translation>
    </message>
    <message>
        <source>%1 below</source>
        <translation>%1 abaixo</translation>
    </message>
    <message>
        <source>%1 above</source>
        <translation>%1 acima</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>nível %1</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Add %1 to a group</source>
        <translation>Adicionar %1 a um grupo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>No groups yet. Make one in the Groups tab.</source>
        <translation>Ainda não há grupos. Crie um no separador Grupos.</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Novo grupo</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Nome do grupo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Courses for this group</source>
        <translation>Cursos deste grupo</translation>
    </message>
    <message>
        <source>Finish the courses by</source>
        <translation>Prazo para terminar os cursos</translation>
    </message>
    <message>
        <source>Day to finish by</source>
        <translation>Terminar até</translation>
    </message>
    <message>
        <source>Made the group “%1”. Now choose its members and courses.</source>
        <translation>Grupo «%1» criado. Agora escolha os membros e os cursos.</translation>
    </message>
    <message>
        <source>Archived the group “%1”.</source>
        <translation>Grupo «%1» arquivado.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membro</numerusform>
            <numerusform>%n membros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n curso</numerusform>
            <numerusform>%n cursos</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the group “%1”: %2, %3, to finish by %4.</source>
        <translation>Grupo «%1» guardado: %2, %3, para terminar até %4.</translation>
    </message>
    <message>
        <source>Saved the group “%1”: %2, %3.</source>
        <translation>Grupo «%1» guardado: %2, %3.</translation>
    </message>
    <message>
        <source>Archive this group</source>
        <translation>Arquivar este grupo</translation>
    </message>
    <message>
        <source>Save the group</source>
        <translation>Guardar o grupo</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>O que foi feito</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>A group&apos;s courses are assigned to every member; they see them first.</source>
        <translation>Os cursos de um grupo são atribuídos a todos os membros, que os veem em primeiro lugar.</translation>
    </message>
</context>
<context>
    <name>JoinCentre</name>
    <message>
        <source>LRS address</source>
        <translation>Endereço do LRS</translation>
    </message>
    <message>
        <source>LRS key</source>
        <translation>Chave do LRS</translation>
    </message>
    <message>
        <source>LRS secret</source>
        <translation>Segredo do LRS</translation>
    </message>
    <message>
        <source>Centre key</source>
        <translation>Chave do centro</translation>
    </message>
    <message>
        <source>from the centre&apos;s recovery sheet</source>
        <translation>da folha de recuperação do centro</translation>
    </message>
    <message>
        <source>Join through the LRS</source>
        <translation>Juntar-se através do LRS</translation>
    </message>
    <message>
        <source>Join from a bundle file…</source>
        <translation>Juntar-se com um ficheiro de pacote…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Join an existing centre</source>
        <translation>Juntar-se a um centro existente</translation>
    </message>
    <message>
        <source>This PC gets the centre&apos;s learners and all their results. Type the centre key from the recovery sheet, then the centre&apos;s LRS details, or use a bundle file another PC of the centre saved on a USB stick.</source>
        <translation>Este computador recebe os formandos do centro e todos os seus resultados. Escreva a chave do centro que está na folha de recuperação e depois os dados do LRS do centro, ou use um ficheiro de pacote que outro computador do centro guardou numa pen USB.</translation>
    </message>
    <message>
        <source>Please fill in the centre key and all LRS details.</source>
        <translation>Preencha a chave do centro e todos os dados do LRS.</translation>
    </message>
    <message>
        <source>Choose the bundle file</source>
        <translation>Escolha o ficheiro do pacote</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>Pacotes (*.zip)</translation>
    </message>
    <message>
        <source>Please type the centre key first.</source>
        <translation>Escreva primeiro a chave do centro.</translation>
    </message>
    <message>
        <source>Joining the centre… this can take a few minutes.</source>
        <translation>A juntar-se ao centro… Isto pode demorar alguns minutos.</translation>
    </message>
    <message>
        <source>Joining failed: %1</source>
        <translation>Não foi possível juntar-se ao centro: %1</translation>
    </message>
</context>
<context>
    <name>LearnerCertificates</name>
    <message>
        <source>Certificates of %1</source>
        <translation>Certificados de %1</translation>
    </message>
    <message>
        <source>%1 has not finished a course yet.</source>
        <translation>%1 ainda não terminou nenhum curso.</translation>
    </message>
    <message>
        <source>Certificates are printed in the learner&apos;s language: %1.</source>
        <translation>Os certificados são impressos na língua do formando: %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>LearnerCompetences</name>
    <message>
        <source>Only where self-rating and evidence disagree</source>
        <translation>Só onde a autoavaliação e as evidências divergem</translation>
    </message>
    <message>
        <source>The level concluded rests on the strongest evidence: observed, then did, then known (questions and course quizzes), then said.</source>
        <translation>A conclusão baseia-se na evidência mais forte: observado, depois fez, depois sabe (perguntas e questionários dos cursos), depois disse.</translation>
    </message>
</context>
<context>
    <name>LearnerForm</name>
    <message>
        <source>New learner</source>
        <translation>Novo formando</translation>
    </message>
    <message>
        <source>Edit learner</source>
        <translation>Editar formando</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome próprio</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>4 to 6 numbers, or leave empty for no PIN</source>
        <translation>De 4 a 6 algarismos, ou deixe em branco para não usar PIN</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN</source>
        <translation>Deixe em branco para manter o PIN atual</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Retirar o PIN</translation>
    </message>
    <message>
        <source>Colour of the tile</source>
        <translation>Cor do cartão</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Cor %1</translation>
    </message>
    <message>
        <source>Picture on the tile</source>
        <translation>Imagem do cartão</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Gender (optional)</source>
        <translation>Género (opcional)</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefere não dizer</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Mulher</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homem</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>Outro género</translation>
    </message>
    <message>
        <source>Age (optional)</source>
        <translation>Idade (opcional)</translation>
    </message>
    <message>
        <source>Agrees that the centre keeps their learning records (needed)</source>
        <translation>Aceita que o centro guarde os seus registos de aprendizagem (obrigatório)</translation>
    </message>
    <message>
        <source>Agrees that their results are counted, without their name, by the programme</source>
        <translation>Aceita que o programa conte os seus resultados, sem o seu nome</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>First letter</source>
        <translation>Primeira letra</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sol</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Estrela</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Coração</translation>
    </message>
    <message>
        <source>Flower</source>
        <translation>Flor</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Music note</source>
        <translation>Nota musical</translation>
    </message>
    <message>
        <source>Snowflake</source>
        <translation>Floco de neve</translation>
    </message>
    <message>
        <source>Umbrella</source>
        <translation>Guarda-chuva</translation>
    </message>
</context>
<context>
    <name>LearnerPage</name>
    <message>
        <source>Quiz answers</source>
        <translation>Respostas aos questionários</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Competências</translation>
    </message>
    <message>
        <source>Record an observed level…</source>
        <translation>Registar um nível observado…</translation>
    </message>
    <message>
        <source>Assign a course…</source>
        <translation>Atribuir um curso…</translation>
    </message>
    <message>
        <source>Export this learner&apos;s data…</source>
        <translation>Exportar os dados deste formando…</translation>
    </message>
    <message>
        <source>Erase this learner&apos;s data…</source>
        <translation>Apagar os dados deste formando…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation>Em que ponto está</translation>
    </message>
    <message>
        <source>Lessons finished</source>
        <translation>Lições terminadas</translation>
    </message>
    <message>
        <source>Finish by</source>
        <translation>Terminar até</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Começado</translation>
    </message>
    <message>
        <source>Quizzes not passed</source>
        <translation>Questionários sem aprovação</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>O que foi feito</translation>
    </message>
    <message>
        <source>Add to a group…</source>
        <translation>Adicionar a um grupo…</translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation>Certificados…</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Grupos: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>No courses assigned or started yet.</source>
        <translation>Ainda não tem cursos atribuídos nem começados.</translation>
    </message>
    <message>
        <source>Time spent learning at the centre: %1 hours.</source>
        <translation>Tempo de aprendizagem no centro: %1 horas.</translation>
    </message>
    <message>
        <source>Finished on %1</source>
        <translation>Terminado a %1</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>A aprender</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Ainda não começou</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Verdadeiro</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>%1 · quiz of “%2” · %3</source>
        <translation>%1 · questionário de «%2» · %3</translation>
    </message>
    <message>
        <source>No quiz answers yet.</source>
        <translation>Ainda não há respostas a questionários.</translation>
    </message>
    <message>
        <source>right (try %1)</source>
        <translation>certo (tentativa %1)</translation>
    </message>
    <message>
        <source>not right (try %1)</source>
        <translation>errado (tentativa %1)</translation>
    </message>
    <message>
        <source>%1 of %2 right the first time</source>
        <translation>%1 de %2 certas à primeira</translation>
    </message>
    <message>
        <source>Was registered at the centre</source>
        <translation>Foi inscrito no centro</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Entrou</translation>
    </message>
    <message>
        <source>Was signed out after a while without activity</source>
        <translation>A sessão terminou após algum tempo sem atividade</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Saiu</translation>
    </message>
    <message>
        <source>Opened the lesson “%1”</source>
        <translation>Abriu a lição «%1»</translation>
    </message>
    <message>
        <source>Finished the lesson “%1”</source>
        <translation>Terminou a lição «%1»</translation>
    </message>
    <message>
        <source>Finished the course “%1”</source>
        <translation>Terminou o curso «%1»</translation>
    </message>
    <message>
        <source>Passed the quiz of “%1”</source>
        <translation>Passou no questionário de «%1»</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Did not pass the quiz of “%1” yet</source>
        <translation>Ainda não passou no questionário de «%1»</translation>
    </message>
    <message>
        <source>Started a quick self-check: %1</source>
        <translation>Começou uma autoavaliação rápida: %1</translation>
    </message>
    <message>
        <source>Started the full self-check</source>
        <translation>Começou a autoavaliação completa</translation>
    </message>
    <message>
        <source>Finished a quick self-check: %1</source>
        <translation>Terminou uma autoavaliação rápida: %1</translation>
    </message>
    <message>
        <source>Finished the full self-check</source>
        <translation>Terminou a autoavaliação completa</translation>
    </message>
    <message>
        <source>Answered %1 of %2 knowledge questions of the self-check right</source>
        <translation>Respondeu certo a %1 de %2 perguntas de conhecimento da autoavaliação</translation>
    </message>
    <message>
        <source>A trainer watched “%1” and recorded “not yet”</source>
        <translation>Um formador observou «%1» e registou «ainda não»</translation>
    </message>
    <message>
        <source>A trainer watched “%1” and recorded level %2</source>
        <translation>Um formador observou «%1» e registou o nível %2</translation>
    </message>
    <message>
        <source>Answered a question in the quiz of “%1”</source>
        <translation>Respondeu a uma pergunta do questionário de «%1»</translation>
    </message>
    <message>
        <source>Answered a statement of the self-check</source>
        <translation>Respondeu a uma afirmação da autoavaliação</translation>
    </message>
    <message>
        <source>Something a newer SkillsApp recorded (%1)</source>
        <translation>Algo registado por uma versão mais recente da SkillsApp (%1)</translation>
    </message>
    <message>
        <source>Assigned “%1” to %2, to finish by %3.</source>
        <translation>Atribuído «%1» a %2, para terminar até %3.</translation>
    </message>
    <message>
        <source>Assigned “%1” to %2.</source>
        <translation>Atribuído «%1» a %2.</translation>
    </message>
    <message>
        <source>%1 is now in the group “%2”.</source>
        <translation>%1 está agora no grupo «%2».</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Escolha onde guardar</translation>
    </message>
    <message>
        <source>Data about %1</source>
        <translation>Dados de %1</translation>
    </message>
    <message>
        <source>What is kept</source>
        <translation>O que é guardado</translation>
    </message>
    <message>
        <source>What this PC holds</source>
        <translation>O que este computador tem</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nada foi guardado: %1</translation>
    </message>
    <message>
        <source>Saved %1&apos;s data in %2: %3 and %4.</source>
        <translation>Dados de %1 guardados em %2: %3 e %4.</translation>
    </message>
    <message>
        <source>Erase this learner&apos;s data?</source>
        <translation>Apagar os dados deste formando?</translation>
    </message>
    <message>
        <source>This removes %1&apos;s profile and every learning record from this PC and the centre&apos;s other PCs. It cannot be undone.

%2</source>
        <translation>Vão ser apagados o perfil de %1 e todos os registos de aprendizagem deste computador e dos outros computadores do centro. Esta ação não pode ser anulada.

%2</translation>
    </message>
</context>
<context>
    <name>LearnerTile</name>
    <message>
        <source>Sign in as %1</source>
        <translation>Entrar como %1</translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <source>Learners</source>
        <translation>Formandos</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome próprio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Show archived learners</source>
        <translation>Mostrar formandos arquivados</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Novo formando</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the learner&apos;s page</source>
        <translation>Abrir a página do formando</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arquivar</translation>
    </message>
    <message>
        <source>Unlock PIN</source>
        <translation>Desbloquear PIN</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>O que foi feito</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arquivado</translation>
    </message>
    <message>
        <source>locked (too many wrong PINs)</source>
        <translation>bloqueado (demasiados PIN errados)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Added %1. Their tile is on the start screen of this PC.</source>
        <translation>%1 foi adicionado. O seu mosaico está no ecrã inicial deste computador.</translation>
    </message>
    <message>
        <source>Saved the changes to %1&apos;s profile.</source>
        <translation>As alterações ao perfil de %1 foram guardadas.</translation>
    </message>
    <message>
        <source>Restored %1: their tile is back on the start screen.</source>
        <translation>%1 foi reposto: o mosaico voltou ao ecrã inicial.</translation>
    </message>
    <message>
        <source>Archived %1: their tile is gone and their records are kept.</source>
        <translation>%1 foi arquivado: o mosaico desapareceu e os registos ficam guardados.</translation>
    </message>
    <message>
        <source>%1 can sign in with their PIN again.</source>
        <translation>%1 pode voltar a entrar com o PIN.</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Lesson text</source>
        <translation>Texto da lição</translation>
    </message>
    <message>
        <source>Check what I learned</source>
        <translation>Ver o que aprendi</translation>
    </message>
    <message>
        <source>I have finished this lesson</source>
        <translation>Terminei esta lição</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Voltar ao curso</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Ler em voz alta</translation>
    </message>
    <message>
        <source>%1 · Lesson %2 of %3</source>
        <translation>%1 · Lição %2 de %3</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Parar a leitura</translation>
    </message>
    <message>
        <source>Links are switched off</source>
        <translation>As ligações estão desligadas</translation>
    </message>
    <message>
        <source>Opening web pages from lessons is switched off on this PC.</source>
        <translation>Neste computador não é possível abrir páginas da internet a partir das lições.</translation>
    </message>
    <message>
        <source>Open a web page?</source>
        <translation>Abrir uma página da internet?</translation>
    </message>
    <message>
        <source>This link opens a web page outside SkillsApp, in your web browser:

%1

Do you want to open it?</source>
        <translation>Esta ligação abre uma página da internet fora da SkillsApp, no seu navegador:

%1

Quer abri-la?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Finish and sign out</source>
        <translation>Terminar e sair</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Ainda estou aqui</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Terminar sessão</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? You will be signed out in %n seconds to keep your work private.</source>
        <translation>
            <numerusform>Ainda está aí? A sessão vai terminar dentro de %n segundo, para que mais ninguém veja o seu trabalho.</numerusform>
            <numerusform>Ainda está aí? A sessão vai terminar dentro de %n segundos, para que mais ninguém veja o seu trabalho.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchInput</name>
    <message>
        <source>Choose…</source>
        <translation>Escolha…</translation>
    </message>
    <message>
        <source>What goes with “%1”</source>
        <translation>O que corresponde a «%1»</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>A PIN is {low} to {high} numbers, for example 4 8 1 5.</source>
        <translation>O PIN tem de {low} a {high} algarismos, por exemplo 4 8 1 5.</translation>
    </message>
    <message>
        <source>A learner&apos;s record</source>
        <translation>Registo de um formando</translation>
    </message>
    <message>
        <source>A web page answered instead of the LRS (a Wi-Fi sign-in page or a wrong address?).</source>
        <translation>Respondeu uma página web em vez do LRS (uma página de acesso à rede Wi-Fi ou um endereço errado?).</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Faixa etária</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Todos os formandos</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>Outro género</translation>
    </message>
    <message>
        <source>Attendance counts the days from {day} on.</source>
        <translation>A presença conta os dias a partir de {day}.</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Básico</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Ligação estabelecida</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Desagregado por</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Courses completed</source>
        <translation>Cursos concluídos</translation>
    </message>
    <message>
        <source>Days present in the last 30 days</source>
        <translation>Dias de presença nos últimos 30 dias</translation>
    </message>
    <message>
        <source>DigComp area</source>
        <translation>Área do DigComp</translation>
    </message>
    <message>
        <source>DigComp levels by area</source>
        <translation>Níveis DigComp por área</translation>
    </message>
    <message>
        <source>DigComp levels by area from {start} to {end}</source>
        <translation>Níveis DigComp por área de {start} a {end}</translation>
    </message>
    <message>
        <source>DigComp version {version} is not known.</source>
        <translation>A versão {version} do DigComp não é conhecida.</translation>
    </message>
    <message>
        <source>Every statement has been answered.</source>
        <translation>Já respondeu a todas as frases.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Dado</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Básico</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Group progress</source>
        <translation>Progresso do grupo</translation>
    </message>
    <message>
        <source>Highly advanced</source>
        <translation>Muito avançado</translation>
    </message>
    <message>
        <source>Highly specialised</source>
        <translation>Altamente especializado</translation>
    </message>
    <message>
        <source>Hours of learning</source>
        <translation>Horas de aprendizagem</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermédio</translation>
    </message>
    <message>
        <source>Latest self-check</source>
        <translation>Última autoavaliação</translation>
    </message>
    <message>
        <source>Latest self-check, DigCompSat bands</source>
        <translation>Última autoavaliação, escalões DigCompSat</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Formando</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Formandos</translation>
    </message>
    <message>
        <source>Learning record of {name}</source>
        <translation>Registo de aprendizagem de {name}</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lições</translation>
    </message>
    <message>
        <source>Lessons done</source>
        <translation>Lições feitas</translation>
    </message>
    <message>
        <source>Level gain, observed by a trainer</source>
        <translation>Subida de nível, observada pelo formador</translation>
    </message>
    <message>
        <source>Level gain, self-assessed</source>
        <translation>Subida de nível, autoavaliada</translation>
    </message>
    <message>
        <source>Level gains: latest minus first level in the period, averaged over the learners assessed at least twice; the column “Learners” says how many.</source>
        <translation>Subida de nível: último nível menos o primeiro no período, em média dos formandos avaliados pelo menos duas vezes; a coluna «Formandos» indica quantos.</translation>
    </message>
    <message>
        <source>Levels from the self-checks finished in the period. “Latest self-check”: each learner&apos;s latest level in the area. The first and latest self-check are compared for the learners who did two or more in the period (pre/post).</source>
        <translation>Níveis das autoavaliações terminadas no período. «Última autoavaliação»: o último nível de cada formando na área. A primeira e a última autoavaliação comparam-se para os formandos que fizeram duas ou mais no período (antes/depois).</translation>
    </message>
    <message>
        <source>May need help</source>
        <translation>Pode precisar de ajuda</translation>
    </message>
    <message>
        <source>Mean level</source>
        <translation>Nível médio</translation>
    </message>
    <message>
        <source>Mean self-check score, % (DigCompSat)</source>
        <translation>Pontuação média da autoavaliação, % (DigCompSat)</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Homens</translation>
    </message>
    <message>
        <source>No centre in this LRS account opens with this centre key. Please check the key on the centre&apos;s recovery sheet, and the LRS key and secret.</source>
        <translation>Nenhum centro desta conta do LRS abre com esta chave do centro. Verifique a chave na folha de recuperação do centro, e também a chave e o segredo do LRS.</translation>
    </message>
    <message>
        <source>No printer is set up on this PC. Save the PDF instead and print it elsewhere, or ask whoever looks after this PC to add a printer.</source>
        <translation>Este computador não tem nenhuma impressora configurada. Guarde o PDF e imprima-o noutro sítio, ou peça a quem trata deste computador que adicione uma impressora.</translation>
    </message>
    <message>
        <source>No progress for 2 weeks</source>
        <translation>Sem progresso há 2 semanas</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Por começar</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Sem indicação</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ainda não</translation>
    </message>
    <message>
        <source>Only a trainer of this centre can record an assessment.</source>
        <translation>Só um formador deste centro pode registar uma avaliação.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Participants: learners who signed in or learned on at least one day of the period.</source>
        <translation>Participantes: formandos que entraram ou aprenderam em pelo menos um dia do período.</translation>
    </message>
    <message>
        <source>Please answer every statement before finishing.</source>
        <translation>Responda a todas as frases antes de terminar.</translation>
    </message>
    <message>
        <source>Please choose a period between {earliest} and the end of next year.</source>
        <translation>Escolha um período entre {earliest} e o fim do próximo ano.</translation>
    </message>
    <message>
        <source>Please choose one of the answers.</source>
        <translation>Escolha uma das respostas, por favor.</translation>
    </message>
    <message>
        <source>Please choose one of the five areas for the quick check.</source>
        <translation>Escolha uma das cinco áreas para a verificação rápida.</translation>
    </message>
    <message>
        <source>Please choose one of the four answers.</source>
        <translation>Escolha uma das quatro respostas.</translation>
    </message>
    <message>
        <source>Please choose one of the offered colours.</source>
        <translation>Escolha uma das cores apresentadas.</translation>
    </message>
    <message>
        <source>Please choose one of the offered languages.</source>
        <translation>Escolha uma das línguas apresentadas.</translation>
    </message>
    <message>
        <source>Please choose one of the offered pictures.</source>
        <translation>Escolha uma das imagens apresentadas.</translation>
    </message>
    <message>
        <source>Please choose the quick check or the full check.</source>
        <translation>Escolha a verificação rápida ou a completa.</translation>
    </message>
    <message>
        <source>Please choose the task you watched before ticking its steps.</source>
        <translation>Escolha primeiro a tarefa que observou e depois assinale os passos.</translation>
    </message>
    <message>
        <source>Please give dates as year-month-day, for example 2026-03-31.</source>
        <translation>Escreva as datas no formato ano-mês-dia, por exemplo 2026-03-31.</translation>
    </message>
    <message>
        <source>Please give the course&apos;s id, for example --course email-basics.</source>
        <translation>Indique o identificador do curso, por exemplo --course email-basics.</translation>
    </message>
    <message>
        <source>Please give the due date as a day, for example 2026-05-31.</source>
        <translation>Indique a data-limite como um dia, por exemplo 2026-05-31.</translation>
    </message>
    <message>
        <source>Please give the period: its first and its last day.</source>
        <translation>Indique o período: o primeiro e o último dia.</translation>
    </message>
    <message>
        <source>Please keep the note under {limit} characters.</source>
        <translation>A nota é demasiado longa. Número máximo de caracteres: {limit}.</translation>
    </message>
    <message>
        <source>Please put the key and secret in their own boxes, not in the address.</source>
        <translation>Escreva a chave e o segredo nos campos próprios, não no endereço.</translation>
    </message>
    <message>
        <source>Please set the LRS address, key and secret first.</source>
        <translation>Indique primeiro o endereço, a chave e o segredo do LRS.</translation>
    </message>
    <message>
        <source>Please set the centre key first (trainer settings, Sync).</source>
        <translation>Indique primeiro a chave do centro (ferramentas do formador, Sincronização).</translation>
    </message>
    <message>
        <source>Please type a {field}.</source>
        <translation>Escreva o {field}.</translation>
    </message>
    <message>
        <source>Please type the LRS key and secret.</source>
        <translation>Escreva a chave e o segredo do LRS.</translation>
    </message>
    <message>
        <source>Please type the centre key to set up this PC from the bundle.</source>
        <translation>Escreva a chave do centro para preparar este computador com o pacote.</translation>
    </message>
    <message>
        <source>Post: latest self-check (of those with two or more)</source>
        <translation>Depois: última autoavaliação (de quem tem duas ou mais)</translation>
    </message>
    <message>
        <source>Pre/post: too few to report</source>
        <translation>Antes/depois: demasiado poucos para indicar</translation>
    </message>
    <message>
        <source>Pre: first self-check (of those with two or more)</source>
        <translation>Antes: primeira autoavaliação (de quem tem duas ou mais)</translation>
    </message>
    <message>
        <source>Programme indicators</source>
        <translation>Indicadores do programa</translation>
    </message>
    <message>
        <source>Programme indicators from {start} to {end}</source>
        <translation>Indicadores do programa de {start} a {end}</translation>
    </message>
    <message>
        <source>Progress of the group {name}</source>
        <translation>Progresso do grupo {name}</translation>
    </message>
    <message>
        <source>Quiz not passed after {count} tries</source>
        <translation>Questionário não superado após {count} tentativas</translation>
    </message>
    <message>
        <source>Quiz tries</source>
        <translation>Tentativas de questionário</translation>
    </message>
    <message>
        <source>Quiz tries not passed</source>
        <translation>Tentativas não superadas</translation>
    </message>
    <message>
        <source>Self-check score as DigCompSat counts it: the mean of the answers&apos; points in the area, as a percentage. Its bands: Low 0–29 % (counted under “Not yet”), Foundation 30–47 %, Intermediate 48–80 %, Advanced 81–100 %.</source>
        <translation>Pontuação da autoavaliação segundo o DigCompSat: a média dos pontos das respostas na área, em percentagem. Os seus escalões: Baixo 0–29% (contado em «Ainda não»), Básico 30–47%, Intermédio 48–80%, Avançado 81–100%.</translation>
    </message>
    <message>
        <source>SkillsApp cannot save in its data folder ({folder}) because it is read-only. Please ask whoever looks after this PC to allow writing there, or set SKILLSAPP_HOME to a folder that can be written. Nothing has been changed.</source>
        <translation>A SkillsApp não consegue guardar na sua pasta de dados ({folder}) porque é só de leitura. Peça a quem trata deste computador que permita escrever nela, ou defina SKILLSAPP_HOME para uma pasta onde se possa escrever. Não foi alterado nada.</translation>
    </message>
    <message>
        <source>SkillsApp cannot use its data folder ({folder}): {reason}. Please check that the folder exists and can be written, or set SKILLSAPP_HOME to another folder. Nothing has been changed.</source>
        <translation>A SkillsApp não consegue usar a sua pasta de dados ({folder}): {reason}. Verifique se a pasta existe e se é possível escrever nela, ou defina SKILLSAPP_HOME para outra pasta. Não foi alterado nada.</translation>
    </message>
    <message>
        <source>So that nobody can be singled out, figures about fewer than {least} learners are not shown: “Too few to report”.</source>
        <translation>Para que ninguém possa ser identificado, não se mostram dados de menos de {least} formandos: «Demasiado poucos para indicar».</translation>
    </message>
    <message>
        <source>Some members of this group are not learners of the centre ({count}).</source>
        <translation>Alguns membros deste grupo não são formandos do centro ({count}).</translation>
    </message>
    <message>
        <source>Some results could not be confirmed ({count}); they will be sent again.</source>
        <translation>Não foi possível confirmar a receção de alguns resultados ({count}); vão ser enviados novamente.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Text size must be between 100% and 200%.</source>
        <translation>O tamanho do texto tem de estar entre 100% e 200%.</translation>
    </message>
    <message>
        <source>That course is not on this PC.</source>
        <translation>Esse curso não está neste computador.</translation>
    </message>
    <message>
        <source>That task is not in the list of tasks.</source>
        <translation>Essa tarefa não está na lista de tarefas.</translation>
    </message>
    <message>
        <source>That task shows a different competence.</source>
        <translation>Essa tarefa corresponde a outra competência.</translation>
    </message>
    <message>
        <source>The LRS address must start with https:// so that results travel safely.</source>
        <translation>O endereço do LRS tem de começar por https:// para que os resultados circulem em segurança.</translation>
    </message>
    <message>
        <source>The LRS address should look like https://lrs.example.org/xAPI/</source>
        <translation>O endereço do LRS deve ter este formato: https://lrs.example.org/xAPI/</translation>
    </message>
    <message>
        <source>The LRS answered, but not with a list of statements.</source>
        <translation>O LRS respondeu, mas não com uma lista de resultados.</translation>
    </message>
    <message>
        <source>The LRS answered, but not with the list of stored statements.</source>
        <translation>O LRS respondeu, mas não com a lista de resultados guardados.</translation>
    </message>
    <message>
        <source>The LRS cannot be reached; results are kept here and sent later.</source>
        <translation>Não é possível contactar o LRS; os resultados ficam guardados aqui e serão enviados mais tarde.</translation>
    </message>
    <message>
        <source>The LRS gave an unexpected answer (HTTP {status}).</source>
        <translation>O LRS deu uma resposta inesperada (HTTP {status}).</translation>
    </message>
    <message>
        <source>The LRS has a problem of its own (HTTP {status}); trying later.</source>
        <translation>O LRS tem um problema próprio (HTTP {status}); será feita nova tentativa mais tarde.</translation>
    </message>
    <message>
        <source>The LRS keeps sending us elsewhere; please check the address.</source>
        <translation>O LRS está sempre a reencaminhar para outro sítio; verifique o endereço.</translation>
    </message>
    <message>
        <source>The LRS refused the statement (HTTP {status}): {detail}</source>
        <translation>O LRS recusou o resultado (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>The LRS sent a broken link to the next page.</source>
        <translation>O LRS enviou uma ligação inválida para a página seguinte.</translation>
    </message>
    <message>
        <source>The LRS sent an answer far too large to be statements.</source>
        <translation>O LRS enviou uma resposta demasiado grande para ser uma lista de resultados.</translation>
    </message>
    <message>
        <source>The LRS sent an answer that cannot be read.</source>
        <translation>O LRS enviou uma resposta que não é possível ler.</translation>
    </message>
    <message>
        <source>The LRS sent us to another address ({host}); nothing was sent there.</source>
        <translation>O LRS reencaminhou para outro endereço ({host}); não foi enviado nada para lá.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {file}: {reason}. Check that the USB stick is plugged in and has free space. Nothing was saved.</source>
        <translation>Não foi possível guardar o PDF como {file}: {reason}. Verifique se a pen USB está ligada e tem espaço livre. Não foi guardado nada.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {file}: {reason}. Nothing was saved.</source>
        <translation>Não foi possível guardar o PDF como {file}: {reason}. Não foi guardado nada.</translation>
    </message>
    <message>
        <source>The bundle cannot be read ({reason}).</source>
        <translation>Não é possível ler o pacote ({reason}).</translation>
    </message>
    <message>
        <source>The centre key does not open this bundle. Please check the key.</source>
        <translation>A chave do centro não abre este pacote. Verifique a chave.</translation>
    </message>
    <message>
        <source>The centre key needs at least {limit} characters.</source>
        <translation>A chave do centro é demasiado curta. Número mínimo de caracteres: {limit}.</translation>
    </message>
    <message>
        <source>The centre needs at least one trainer account.</source>
        <translation>O centro precisa de pelo menos uma conta de formador.</translation>
    </message>
    <message>
        <source>The course “{title}” comes with SkillsApp and cannot be replaced from a file. It is updated together with SkillsApp.</source>
        <translation>O curso “{title}” vem com a SkillsApp e não pode ser substituído a partir de um ficheiro. É atualizado juntamente com a SkillsApp.</translation>
    </message>
    <message>
        <source>The course “{title}” is already installed in version {installed}. This file holds version {version}, which is not newer, so nothing was changed.</source>
        <translation>O curso “{title}” já está instalado na versão {installed}. Este ficheiro contém a versão {version}, que não é mais recente, por isso não foi alterado nada.</translation>
    </message>
    <message>
        <source>The day to finish by has already passed. Please choose today or a later day.</source>
        <translation>Essa data já passou. Escolha hoje ou um dia posterior.</translation>
    </message>
    <message>
        <source>The day you watched the task cannot be in the future.</source>
        <translation>O dia em que observou a tarefa não pode ser no futuro.</translation>
    </message>
    <message>
        <source>The disk where SkillsApp keeps its records ({folder}) is full. Please make some room on it (for example, empty the recycle bin), then start SkillsApp again. Nothing has been changed.</source>
        <translation>O disco onde a SkillsApp guarda os registos ({folder}) está cheio. Liberte algum espaço nele (por exemplo, esvazie a reciclagem) e volte a abrir a SkillsApp. Não foi alterado nada.</translation>
    </message>
    <message>
        <source>The key or secret is wrong.</source>
        <translation>A chave ou o segredo estão errados.</translation>
    </message>
    <message>
        <source>The learning records in {file} were saved by a newer version of SkillsApp (data version {found}, this version reads up to {known}). Please install the newer version; nothing has been changed.</source>
        <translation>Os registos de aprendizagem em {file} foram guardados por uma versão mais recente da SkillsApp (versão dos dados {found}; esta versão lê até à {known}). Instale a versão mais recente; não foi alterado nada.</translation>
    </message>
    <message>
        <source>The learning records on this PC ({file}) are damaged and cannot be opened ({detail}).</source>
        <translation>Os registos de aprendizagem deste computador ({file}) estão danificados e não podem ser abertos ({detail}).</translation>
    </message>
    <message>
        <source>The level must be a whole number from {low} to {high}.</source>
        <translation>O nível tem de ser um número inteiro de {low} a {high}.</translation>
    </message>
    <message>
        <source>The password can have at most {limit} characters.</source>
        <translation>A palavra-passe é demasiado longa. Número máximo de caracteres: {limit}.</translation>
    </message>
    <message>
        <source>The password contains characters that cannot be typed. Please try again.</source>
        <translation>A palavra-passe contém caracteres que não se conseguem escrever com o teclado. Tente de novo.</translation>
    </message>
    <message>
        <source>The password needs at least {limit} characters.</source>
        <translation>A palavra-passe é demasiado curta. Número mínimo de caracteres: {limit}.</translation>
    </message>
    <message>
        <source>The period ends before it starts. Please swap the two dates.</source>
        <translation>O período acaba antes de começar. Troque as duas datas.</translation>
    </message>
    <message>
        <source>The printer reported a problem and the pages may not have come out. Check that it is switched on and has paper, then try again.</source>
        <translation>A impressora indicou um problema e as páginas podem não ter saído. Verifique se está ligada e tem papel, e tente outra vez.</translation>
    </message>
    <message>
        <source>The report could not be saved as {file}: {reason}. Check that the USB stick is plugged in, has free space and is not write-protected. Nothing was saved.</source>
        <translation>Não foi possível guardar o relatório como {file}: {reason}. Verifique se a pen USB está ligada, tem espaço livre e não está protegida contra escrita. Não foi guardado nada.</translation>
    </message>
    <message>
        <source>The resident needs to agree that the centre keeps their learning records, otherwise their progress cannot be saved.</source>
        <translation>É preciso o consentimento para que o centro guarde os registos de aprendizagem; sem ele, o progresso não pode ser guardado.</translation>
    </message>
    <message>
        <source>The steps of this task are numbered 1 to {count}.</source>
        <translation>Os passos desta tarefa estão numerados de 1 a {count}.</translation>
    </message>
    <message>
        <source>The {field} contains characters that cannot be shown. Please type it again.</source>
        <translation>O {field} contém caracteres que não podem ser mostrados. Escreva-o novamente.</translation>
    </message>
    <message>
        <source>The {field} is too long: please use at most {limit} letters.</source>
        <translation>O {field} é demasiado longo. Número máximo de letras: {limit}.</translation>
    </message>
    <message>
        <source>The {field} needs at least one letter.</source>
        <translation>O {field} tem de ter pelo menos uma letra.</translation>
    </message>
    <message>
        <source>There are no groups yet.</source>
        <translation>Ainda não há grupos.</translation>
    </message>
    <message>
        <source>There are no learners yet.</source>
        <translation>Ainda não há formandos.</translation>
    </message>
    <message>
        <source>There is no group called “{name}”. The groups are: {names}.</source>
        <translation>Não há nenhum grupo chamado «{name}». Os grupos são: {names}.</translation>
    </message>
    <message>
        <source>There is no learner called “{name}”.</source>
        <translation>Não há nenhum formando chamado «{name}».</translation>
    </message>
    <message>
        <source>There is no report called “{name}”. The reports are: {names}.</source>
        <translation>Não há nenhum relatório chamado «{name}». Os relatórios são: {names}.</translation>
    </message>
    <message>
        <source>There is no room left on the disk that holds {folder}, or it cannot be written to. Please free some space (or ask whoever looks after this PC) and start SkillsApp again. Your records are safe; nothing was changed.</source>
        <translation>Não há espaço livre no disco onde está {folder}, ou não é possível escrever nele. Liberte algum espaço (ou peça ajuda a quem trata deste computador) e volte a abrir a SkillsApp. Os seus registos estão seguros; não foi alterado nada.</translation>
    </message>
    <message>
        <source>This PC already belongs to a centre.</source>
        <translation>Este computador já pertence a um centro.</translation>
    </message>
    <message>
        <source>This bundle belongs to another centre ({centre}), not to this one. Nothing was imported.</source>
        <translation>Este pacote pertence a outro centro ({centre}), não a este. Não foi importado nada.</translation>
    </message>
    <message>
        <source>This bundle has been changed since it was made, or it was made with another centre key. Nothing was imported.</source>
        <translation>Este pacote foi alterado depois de ter sido criado, ou foi criado com outra chave do centro. Não foi importado nada.</translation>
    </message>
    <message>
        <source>This bundle unpacks to far more data than a centre can hold. Nothing was imported.</source>
        <translation>Depois de descomprimido, este pacote ocuparia muito mais dados do que um centro pode ter. Não foi importado nada.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of SkillsApp ({version}). Please update SkillsApp on this PC first. Nothing was imported.</source>
        <translation>Este pacote foi criado com uma versão mais recente da SkillsApp ({version}). Atualize primeiro a SkillsApp neste computador. Não foi importado nada.</translation>
    </message>
    <message>
        <source>This course pack is protected with a password; make the zip again without one.</source>
        <translation>Este pacote de curso está protegido com palavra-passe; crie o zip novamente sem palavra-passe.</translation>
    </message>
    <message>
        <source>This course pack would take {size} MB once unpacked; at most {limit} MB is allowed.</source>
        <translation>Este pacote de curso ocuparia {size} MB depois de descomprimido; o máximo permitido é {limit} MB.</translation>
    </message>
    <message>
        <source>This file cannot be read: {reason}.</source>
        <translation>Não é possível ler este ficheiro: {reason}.</translation>
    </message>
    <message>
        <source>This file holds {count} files; a course pack may hold at most {limit}. It is probably not a course pack.</source>
        <translation>Este ficheiro contém demasiados ficheiros ({count}); um pacote de curso pode conter no máximo {limit}. Provavelmente não é um pacote de curso.</translation>
    </message>
    <message>
        <source>This file holds “{name}” twice.</source>
        <translation>Este ficheiro contém “{name}” duas vezes.</translation>
    </message>
    <message>
        <source>This file is damaged or was made in a way SkillsApp cannot open; make the zip again with an ordinary zip program.</source>
        <translation>Este ficheiro está danificado ou foi criado de uma forma que a SkillsApp não consegue abrir; crie o zip novamente com um programa de compressão comum.</translation>
    </message>
    <message>
        <source>This file is not a SkillsApp bundle. Nothing was imported.</source>
        <translation>Este ficheiro não é um pacote da SkillsApp. Não foi importado nada.</translation>
    </message>
    <message>
        <source>This file is not a complete SkillsApp bundle (it may have been cut short while copying). Please copy it again. Nothing was imported.</source>
        <translation>Este ficheiro não é um pacote completo da SkillsApp (a cópia pode ter ficado a meio). Copie-o novamente. Não foi importado nada.</translation>
    </message>
    <message>
        <source>This file is not a course pack: it has no course.yaml.</source>
        <translation>Este ficheiro não é um pacote de curso: não tem course.yaml.</translation>
    </message>
    <message>
        <source>This file is not a course pack: it is not a zip file, or it is damaged or incomplete (copy it to the USB stick again).</source>
        <translation>Este ficheiro não é um pacote de curso: não é um ficheiro zip, ou está danificado ou incompleto (copie-o novamente para a pen USB).</translation>
    </message>
    <message>
        <source>This file is not a safe course pack.</source>
        <translation>Este ficheiro não é um pacote de curso seguro.</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: it would unpack to far more data than it holds (a &apos;zip bomb&apos;).</source>
        <translation>Este ficheiro não é um pacote de curso seguro: depois de descomprimido ocuparia muito mais do que contém (uma “bomba zip”).</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: “{name}” is a link or a special file, not a plain file.</source>
        <translation>Este ficheiro não é um pacote de curso seguro: “{name}” é uma ligação ou um ficheiro especial, não um ficheiro normal.</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: “{name}” would be written outside the course folder.</source>
        <translation>Este ficheiro não é um pacote de curso seguro: “{name}” seria escrito fora da pasta do curso.</translation>
    </message>
    <message>
        <source>This learner is not registered at this centre.</source>
        <translation>Este formando não está inscrito neste centro.</translation>
    </message>
    <message>
        <source>This learner&apos;s profile is archived; restore it first.</source>
        <translation>O perfil deste formando está arquivado; restaure-o primeiro.</translation>
    </message>
    <message>
        <source>This trainer account is archived.</source>
        <translation>Esta conta de formador está arquivada.</translation>
    </message>
    <message>
        <source>This trainer could not be saved. Please try again.</source>
        <translation>Não foi possível guardar este formador. Tente de novo.</translation>
    </message>
    <message>
        <source>Time spent learning at the centre, in hours: {hours}</source>
        <translation>Tempo de aprendizagem no centro, em horas: {hours}</translation>
    </message>
    <message>
        <source>Too few to report</source>
        <translation>Demasiado poucos para indicar</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Why help may be needed</source>
        <translation>Porque pode precisar de ajuda</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mulheres</translation>
    </message>
    <message>
        <source>centre name</source>
        <translation>nome do centro</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nome próprio</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>nome do grupo</translation>
    </message>
    <message>
        <source>it is not a SkillsApp database file</source>
        <translation>não é um ficheiro de dados da SkillsApp</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>trainer&apos;s name</source>
        <translation>nome do formador</translation>
    </message>
    <message>
        <source>{name} has no certificate for the course “{course}” yet: it comes when the course is finished.</source>
        <translation>{name} ainda não tem certificado do curso «{course}»: recebe-o quando terminar o curso.</translation>
    </message>
    <message>
        <source>{name} is already in the group “{group}”.</source>
        <translation>{name} já está no grupo «{group}».</translation>
    </message>
    <message>
        <source>“{code}” is not a DigComp competence.</source>
        <translation>“{code}” não é uma competência do DigComp.</translation>
    </message>
</context>
<context>
    <name>MyData</name>
    <message>
        <source>What happens in the learning record store (LRS): it only ever received results under a number, never a name. Results it already received are marked as withdrawn (voided), so reports no longer count them, but the store keeps a record that they existed.</source>
        <translation>O que acontece no registo de resultados (LRS): só recebeu resultados com um número, nunca com o nome. Os resultados que já recebeu ficam marcados como retirados (anulados), por isso os relatórios deixam de os contar, mas o registo guarda a indicação de que existiram.</translation>
    </message>
    <message>
        <source>The centre keeps your learning records.</source>
        <translation>O centro guarda os seus registos de aprendizagem.</translation>
    </message>
    <message>
        <source>Your results are counted, without your name, by the programme.</source>
        <translation>O programa conta os seus resultados, sem o seu nome.</translation>
    </message>
    <message>
        <source>Your results are not shared with the programme.</source>
        <translation>Os seus resultados não são partilhados com o programa.</translation>
    </message>
    <message>
        <source>You agreed on %1.</source>
        <translation>Data da autorização: %1.</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>O seu perfil</translation>
    </message>
    <message>
        <source>First name %1; language %2; %3; tile colour and picture.</source>
        <translation>Nome próprio: %1; língua: %2; %3; cor e imagem do cartão.</translation>
    </message>
    <message>
        <source>a PIN is set</source>
        <translation>com PIN</translation>
    </message>
    <message>
        <source>no PIN</source>
        <translation>sem PIN</translation>
    </message>
    <message>
        <source>About you (optional)</source>
        <translation>Sobre si (opcional)</translation>
    </message>
    <message>
        <source>Gender: %1. Age: %2.</source>
        <translation>Género: %1. Idade: %2.</translation>
    </message>
    <message>
        <source>What you agreed to</source>
        <translation>O que autorizou</translation>
    </message>
    <message>
        <source>Your courses</source>
        <translation>Os seus cursos</translation>
    </message>
    <message>
        <source>%1 started, %2 finished.</source>
        <translation>Começados: %1; terminados: %2.</translation>
    </message>
    <message>
        <source>Your visits</source>
        <translation>As suas visitas</translation>
    </message>
    <message numerus="yes">
        <source>You came on %n day(s).</source>
        <translation>
            <numerusform>Veio ao centro em %n dia.</numerusform>
            <numerusform>Veio ao centro em %n dias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your groups</source>
        <translation>Os seus grupos</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nenhum.</translation>
    </message>
    <message>
        <source>Your learning records</source>
        <translation>Os seus registos de aprendizagem</translation>
    </message>
    <message numerus="yes">
        <source>%n records of what you did (lessons opened, answers given, courses finished, self-checks).</source>
        <translation>
            <numerusform>%n registo do que fez (lições abertas, respostas dadas, cursos terminados, autoavaliações).</numerusform>
            <numerusform>%n registos do que fez (lições abertas, respostas dadas, cursos terminados, autoavaliações).</numerusform>
        </translation>
    </message>
    <message>
        <source>woman</source>
        <translation>mulher</translation>
    </message>
    <message>
        <source>man</source>
        <translation>homem</translation>
    </message>
    <message>
        <source>another gender</source>
        <translation>outro género</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>sem indicação</translation>
    </message>
</context>
<context>
    <name>MyDataScreen</name>
    <message>
        <source>Save a copy of my data (with a trainer)</source>
        <translation>Guardar uma cópia dos meus dados (com um formador)</translation>
    </message>
    <message>
        <source>Erase my data (with a trainer)</source>
        <translation>Apagar os meus dados (com um formador)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Os meus dados</translation>
    </message>
    <message>
        <source>This is everything SkillsApp keeps about you.</source>
        <translation>Isto é tudo o que a SkillsApp guarda sobre si.</translation>
    </message>
    <message>
        <source>A trainer helps you save a copy of your data.</source>
        <translation>Um formador vai ajudar a guardar uma cópia dos seus dados.</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Escolha onde guardar</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>A trainer helps you erase your data.</source>
        <translation>Um formador vai ajudar a apagar os seus dados.</translation>
    </message>
</context>
<context>
    <name>OrderInput</name>
    <message>
        <source>Steps to put in order</source>
        <translation>Passos para pôr por ordem</translation>
    </message>
    <message>
        <source>Choose a step with the arrow keys. Ctrl and an arrow key move it.</source>
        <translation>Escolha um passo com as teclas de seta. Ctrl e uma seta movem-no.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the chosen step up</source>
        <translation>Subir o passo escolhido</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Move the chosen step down</source>
        <translation>Descer o passo escolhido</translation>
    </message>
    <message>
        <source>Choose a step, then press “Move up” or “Move down”. With the keyboard: the arrow keys choose a step, Ctrl and an arrow key move it.</source>
        <translation>Escolha um passo e carregue em «Subir» ou «Descer». Com o teclado: as setas escolhem um passo; Ctrl e uma seta movem-no.</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardado como %1</translation>
    </message>
    <message>
        <source>Sent to the printer: %1</source>
        <translation>Enviado para a impressora: %1</translation>
    </message>
</context>
<context>
    <name>PcSettings</name>
    <message>
        <source>Text size on the start screen</source>
        <translation>Tamanho do texto no ecrã inicial</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Strong contrast on the start screen</source>
        <translation>Contraste forte no ecrã inicial</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Sign out after no activity for</source>
        <translation>Terminar a sessão após um tempo sem atividade de</translation>
    </message>
    <message>
        <source>Lessons may open web pages (after asking)</source>
        <translation>As lições podem abrir páginas da internet (depois de perguntar)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>O que foi feito</translation>
    </message>
    <message>
        <source>These settings are for this PC only.</source>
        <translation>Estas definições são só para este computador.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Não foi possível guardar as definições: %1</translation>
    </message>
    <message>
        <source>Saved. The start screen of this PC uses these settings from now on.</source>
        <translation>Guardado. O ecrã inicial deste computador usa agora estas definições.</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Your PIN</source>
        <translation>O seu PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Erase the last number</source>
        <translation>Apagar o último algarismo</translation>
    </message>
    <message>
        <source>Type your PIN</source>
        <translation>Escreva o seu PIN</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait until %1 or ask your trainer to unlock.</source>
        <translation>Escreveu um PIN errado demasiadas vezes. Espere até às %1 ou peça ao seu formador para o desbloquear.</translation>
    </message>
    <message>
        <source>That PIN is not right. You can try once more.</source>
        <translation>Esse PIN não está certo. Pode tentar mais uma vez.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. You can try %n more times.</source>
        <translation>
            <numerusform>Esse PIN não está certo. Pode tentar mais %n vez.</numerusform>
            <numerusform>Esse PIN não está certo. Pode tentar mais %n vezes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizResult</name>
    <message>
        <source>Well done! You finished the whole course.</source>
        <translation>Muito bem! Terminou o curso todo.</translation>
    </message>
    <message>
        <source>Well done! You passed this lesson.</source>
        <translation>Muito bem! Passou nesta lição.</translation>
    </message>
    <message>
        <source>Not yet. Read the parts below again, then try the quiz once more.</source>
        <translation>Ainda não. Leia outra vez as partes abaixo e depois tente o questionário de novo.</translation>
    </message>
    <message>
        <source>Your certificate is ready. You find it under “My certificates” on your home page.</source>
        <translation>O seu certificado está pronto. Encontra-o em «Os meus certificados», na sua página inicial.</translation>
    </message>
    <message>
        <source>Your result: %1 of %2 right at the first try.</source>
        <translation>O seu resultado: %1 de %2 certas à primeira.</translation>
    </message>
    <message>
        <source>You need %1 of %2 right at the first try to pass.</source>
        <translation>Para passar precisa de %1 de %2 certas à primeira.</translation>
    </message>
    <message>
        <source>You need %1 right in a row at the first try to pass.</source>
        <translation>Para passar precisa de %1 certas seguidas à primeira.</translation>
    </message>
    <message>
        <source>Not right at the first try:</source>
        <translation>Não acertou à primeira:</translation>
    </message>
    <message>
        <source>Read “%1” again</source>
        <translation>Ler outra vez «%1»</translation>
    </message>
    <message>
        <source>Read the lesson again</source>
        <translation>Ler a lição outra vez</translation>
    </message>
    <message>
        <source>Try the quiz again</source>
        <translation>Repetir o questionário</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Voltar ao curso</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Check my answer</source>
        <translation>Verificar a minha resposta</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Pergunta seguinte</translation>
    </message>
    <message>
        <source>Back to the lesson</source>
        <translation>Voltar à lição</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pergunta %1 de %2</translation>
    </message>
    <message>
        <source>See my result</source>
        <translation>Ver o meu resultado</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>Certo</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Não é bem isso</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>Steps in the right place: %1 of %2</source>
        <translation>Passos no lugar certo: %1 de %2</translation>
    </message>
    <message>
        <source>Pairs that are right: %1 of %2</source>
        <translation>Pares certos: %1 de %2</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Recovery sheet</source>
        <translation>Folha de recuperação</translation>
    </message>
    <message>
        <source>Centre key</source>
        <translation>Chave do centro</translation>
    </message>
    <message>
        <source>No centre key is set on this PC.</source>
        <translation>Este computador não tem nenhuma chave do centro.</translation>
    </message>
    <message>
        <source>Centre number: %1</source>
        <translation>Número do centro: %1</translation>
    </message>
    <message>
        <source>What the centre key is for</source>
        <translation>Para que serve a chave do centro</translation>
    </message>
    <message>
        <source>You need it to set up another PC of this centre (choose “Join an existing centre”).</source>
        <translation>Precisa dela para preparar outro computador do centro (escolha «Juntar-se a um centro existente»).</translation>
    </message>
    <message>
        <source>You need it to read a USB stick with results from this centre.</source>
        <translation>Precisa dela para ler uma pen USB com resultados deste centro.</translation>
    </message>
    <message>
        <source>It protects the residents’ names, PINs and consent. Anyone who has the key and the centre’s LRS password can read them. The LRS never sees the key.</source>
        <translation>Protege os nomes, os PIN e os consentimentos dos formandos. Quem tiver a chave e a palavra-passe do LRS do centro pode lê-los. O LRS nunca vê a chave.</translation>
    </message>
    <message>
        <source>If the key is lost, the results stay safe, but new PCs cannot read the residents’ details.</source>
        <translation>Se a chave se perder, os resultados ficam em segurança, mas os computadores novos não conseguem ler os dados dos formandos.</translation>
    </message>
    <message>
        <source>Where to keep this sheet</source>
        <translation>Onde guardar esta folha</translation>
    </message>
    <message>
        <source>Lock it away, for example in the centre’s safe or a locked drawer.</source>
        <translation>Guarde-a fechada à chave, por exemplo no cofre do centro ou numa gaveta com fechadura.</translation>
    </message>
    <message>
        <source>Do not keep it next to the PC. Do not send it by e-mail and do not take a photo of it.</source>
        <translation>Não a guarde junto ao computador. Não a envie por e-mail nem lhe tire fotografias.</translation>
    </message>
    <message>
        <source>Tell one other person you trust where it is.</source>
        <translation>Diga a outra pessoa de confiança onde está.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Impresso em %1</translation>
    </message>
</context>
<context>
    <name>ReportPaper</name>
    <message>
        <source>%1, made on %2</source>
        <translation>%1, elaborado em %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Report table</source>
        <translation>Tabela do relatório</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Guardar como CSV…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>What was saved</source>
        <translation>O que foi guardado</translation>
    </message>
    <message>
        <source>Table as on screen (*.csv)</source>
        <translation>Tabela como no ecrã (*.csv)</translation>
    </message>
    <message>
        <source>Data with codes, for other programs (*.csv)</source>
        <translation>Dados com códigos, para outros programas (*.csv)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Guardar como CSV</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardado como %1</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Formando</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Língua do relatório</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Mostrar o relatório</translation>
    </message>
    <message>
        <source>Certificate code</source>
        <translation>Código do certificado</translation>
    </message>
    <message>
        <source>Check a certificate</source>
        <translation>Verificar um certificado</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>No certificate of this centre has that code. Check the letters again.</source>
        <translation>Nenhum certificado deste centro tem esse código. Confirme novamente as letras.</translation>
    </message>
    <message>
        <source>Genuine: %1 finished “%2” on %3.</source>
        <translation>Certificado autêntico: %1 terminou “%2” em %3.</translation>
    </message>
</context>
<context>
    <name>ResidentHome</name>
    <message>
        <source>A−  Smaller text</source>
        <translation>A−  Letra mais pequena</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Letra mais pequena</translation>
    </message>
    <message>
        <source>A+  Bigger text</source>
        <translation>A+  Letra maior</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Letra maior</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Strong contrast (white on black)</source>
        <translation>Contraste forte (branco sobre preto)</translation>
    </message>
    <message>
        <source>Check my digital skills</source>
        <translation>Verificar as minhas competências digitais</translation>
    </message>
    <message>
        <source>My skills</source>
        <translation>As minhas competências</translation>
    </message>
    <message>
        <source>My certificates</source>
        <translation>Os meus certificados</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Os meus dados</translation>
    </message>
    <message>
        <source>From your trainer</source>
        <translation>Do seu formador</translation>
    </message>
    <message>
        <source>Recommended for you</source>
        <translation>Recomendados para si</translation>
    </message>
    <message>
        <source>My courses</source>
        <translation>Os meus cursos</translation>
    </message>
    <message>
        <source>More courses</source>
        <translation>Mais cursos</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>Olá, %1!</translation>
    </message>
    <message>
        <source>Choose a course to start. Your progress is saved as you go. When you are done, press Finish at the top.</source>
        <translation>Escolha um curso para começar. O seu progresso fica guardado à medida que avança. Quando acabar, carregue em Terminar, em cima.</translation>
    </message>
    <message>
        <source>Continue where I left off: %1 – %2</source>
        <translation>Continuar onde parei: %1 – %2</translation>
    </message>
    <message>
        <source>Please finish by %1</source>
        <translation>Por favor, termine até %1</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>My certificates (%1)</source>
        <translation>Os meus certificados (%1)</translation>
    </message>
    <message>
        <source>Not sure where to start? “Check my digital skills” suggests courses.</source>
        <translation>Não sabe por onde começar? “Verificar as minhas competências digitais” sugere-lhe cursos.</translation>
    </message>
    <message>
        <source>My skills (levels 1–8): %1</source>
        <translation>As minhas competências (níveis 1–8): %1</translation>
    </message>
    <message>
        <source>Text size %1</source>
        <translation>Tamanho do texto: %1</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentScreen</name>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seguinte</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Back to the previous statement</source>
        <translation>Voltar à frase anterior</translation>
    </message>
    <message>
        <source>Pause and finish later</source>
        <translation>Parar e terminar mais tarde</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pergunta %1 de %2</translation>
    </message>
    <message>
        <source>%1: what do you know?</source>
        <translation>%1: o que sabe?</translation>
    </message>
    <message>
        <source>Statement %1 of %2</source>
        <translation>Frase %1 de %2</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Verdadeiro</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>%1 (your answer)</source>
        <translation>%1 (a sua resposta)</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Certo.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Não exatamente.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Name of the centre</source>
        <translation>Nome do centro</translation>
    </message>
    <message>
        <source>for example: Village hall of Lindenau</source>
        <translation>por exemplo: Casa do Povo de Lindenau</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Língua predefinida</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seguinte</translation>
    </message>
    <message>
        <source>Welcome to SkillsApp</source>
        <translation>Boas-vindas à SkillsApp</translation>
    </message>
    <message>
        <source>Set up a new centre</source>
        <translation>Criar um novo centro</translation>
    </message>
    <message>
        <source>Join an existing centre</source>
        <translation>Juntar-se a um centro existente</translation>
    </message>
    <message>
        <source>For another PC of a centre that already uses SkillsApp</source>
        <translation>Para outro computador de um centro que já usa a SkillsApp</translation>
    </message>
    <message>
        <source>Is this the first PC of your centre, or does your centre already use SkillsApp on another PC?</source>
        <translation>Este é o primeiro computador do seu centro, ou o seu centro já usa a SkillsApp noutro computador?</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Folha de recuperação</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>Your centre key</source>
        <translation>A chave do seu centro</translation>
    </message>
    <message>
        <source>Print or save this sheet and keep it locked away. You need the centre key to set up another PC of the centre.</source>
        <translation>Imprima ou guarde esta folha e mantenha-a fechada à chave. Vai precisar da chave do centro para preparar outro computador do centro.</translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation>Imprimir a folha de recuperação…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>Guardar a folha de recuperação como PDF</translation>
    </message>
    <message>
        <source>Let&apos;s set up this PC for your centre. Step 1 of 2: the centre. You can change these later.</source>
        <translation>Vamos preparar este computador para o seu centro. Passo 1 de 2: o centro. Pode alterar estes dados mais tarde.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>O seu nome</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Pelo menos 8 caracteres</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita a palavra-passe</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Create the centre</source>
        <translation>Criar o centro</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Palavra-passe (pelo menos 8 caracteres)</translation>
    </message>
    <message>
        <source>The first trainer account</source>
        <translation>A primeira conta de formador</translation>
    </message>
    <message>
        <source>Step 2 of 2: you. Trainers sign in with this password to add learners and follow their progress.</source>
        <translation>Passo 2 de 2: os seus dados. Os formadores entram com esta palavra-passe para acrescentar formandos e acompanhar o progresso deles.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>As duas palavras-passe não são iguais.</translation>
    </message>
</context>
<context>
    <name>SignOutDuringQuiz</name>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Your answers so far are saved. Sign out now?</source>
        <translation>As suas respostas até agora estão guardadas. Terminar a sessão agora?</translation>
    </message>
    <message>
        <source>No, go on with the quiz</source>
        <translation>Não, continuar o questionário</translation>
    </message>
    <message>
        <source>Yes, sign out</source>
        <translation>Sim, terminar a sessão</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>SkillsApp is already open on this PC with the same records (%1). Please use the window that is open; if you cannot find it, restart the PC.</source>
        <translation>A SkillsApp já está aberta neste computador com os mesmos registos (%1). Use a janela que está aberta; se não a encontrar, reinicie o computador.</translation>
    </message>
</context>
<context>
    <name>SkillsCheckStart</name>
    <message>
        <source>Check my digital skills</source>
        <translation>Verificar as minhas competências digitais</translation>
    </message>
    <message>
        <source>You read short sentences like “I can send a photo by e-mail” and say how well they fit you. There are no wrong answers. It is not a test.</source>
        <translation>Vai ler frases curtas, como “Sei enviar uma fotografia por e-mail”, e dizer até que ponto se aplicam a si. Não há respostas erradas. Não é um teste.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Continuar onde parei</translation>
    </message>
    <message>
        <source>A quick check of one topic (about 10 minutes):</source>
        <translation>Uma verificação rápida de um tema (cerca de 10 minutos):</translation>
    </message>
    <message>
        <source>The full check of all topics (about 30 minutes)</source>
        <translation>A verificação completa de todos os temas (cerca de 30 minutos)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
</context>
<context>
    <name>StartProblems</name>
    <message>
        <source>SkillsApp can put the damaged file aside (it is kept, not deleted) and bring back the newest automatic backup. Do that now?</source>
        <translation>A SkillsApp pode pôr de parte o ficheiro danificado (fica guardado, não é apagado) e repor a cópia de segurança automática mais recente. Fazê-lo agora?</translation>
    </message>
    <message>
        <source>There was no usable backup. The damaged file was kept as %1; SkillsApp starts with empty records.</source>
        <translation>Não havia nenhuma cópia de segurança utilizável. O ficheiro danificado foi guardado como %1; a SkillsApp começa com registos vazios.</translation>
    </message>
    <message>
        <source>SkillsApp can put the damaged file aside (it is kept, not deleted) and bring back the newest automatic backup, then close; start it again afterwards. Do that now?</source>
        <translation>O SkillsApp pode pôr de lado o ficheiro danificado (é guardado, não apagado), repor a cópia de segurança automática mais recente e depois fechar; a seguir, abra-o outra vez. Fazer isso agora?</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Trainer sign-in</source>
        <translation>Entrada dos formadores</translation>
    </message>
    <message>
        <source>No learners yet. A trainer can add them after signing in.</source>
        <translation>Ainda não há formandos. Um formador pode acrescentá-los depois de entrar.</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>%1 dá-lhe as boas-vindas</translation>
    </message>
    <message>
        <source>Choose your name to start.</source>
        <translation>Escolha o seu nome para começar.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync state</source>
        <translation>Estado da sincronização</translation>
    </message>
    <message>
        <source>✓ Results sent</source>
        <translation>✓ Resultados enviados</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to send %n result(s)</source>
        <translation>
            <numerusform>%n resultado à espera de envio</numerusform>
            <numerusform>%n resultados à espera de envio</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: results are kept here</source>
        <translation>Sem ligação: os resultados ficam guardados aqui</translation>
    </message>
    <message>
        <source>Sync problem: see Sync in the trainer&apos;s tools</source>
        <translation>Problema de sincronização: veja Sincronização nas ferramentas do formador</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>LRS address</source>
        <translation>Endereço do LRS</translation>
    </message>
    <message>
        <source>LRS key</source>
        <translation>Chave do LRS</translation>
    </message>
    <message>
        <source>LRS secret</source>
        <translation>Segredo do LRS</translation>
    </message>
    <message>
        <source>Also on metered connections (mobile data)</source>
        <translation>Também em ligações limitadas (dados móveis)</translation>
    </message>
    <message>
        <source>Answer of the LRS</source>
        <translation>Resposta do LRS</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Estado da sincronização</translation>
    </message>
    <message>
        <source>No LRS is set up</source>
        <translation>Não há nenhum LRS configurado</translation>
    </message>
    <message>
        <source>Results the LRS refused</source>
        <translation>Resultados recusados pelo LRS</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar a ligação</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <source>Export a bundle (USB)…</source>
        <translation>Exportar um pacote (USB)…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Importar um pacote…</translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation>Imprimir a folha de recuperação…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF…</source>
        <translation>Guardar a folha de recuperação como PDF…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Results are kept on this PC first and sent to the centre&apos;s record store (LRS) when there is a connection. Without one, use a bundle on a USB stick.</source>
        <translation>Os resultados ficam primeiro guardados neste computador e são enviados para o registo de resultados do centro (LRS) quando há ligação. Sem ligação, use um pacote numa pen USB.</translation>
    </message>
    <message>
        <source>Results the LRS refused:</source>
        <translation>Resultados recusados pelo LRS:</translation>
    </message>
    <message>
        <source>Asking the LRS…</source>
        <translation>A consultar o LRS…</translation>
    </message>
    <message>
        <source>Sending and receiving…</source>
        <translation>A enviar e a receber…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>A criar o pacote…</translation>
    </message>
    <message>
        <source>Wrote %1 results to %2.</source>
        <translation>Foram escritos %1 resultados em %2.</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>A ler o pacote…</translation>
    </message>
    <message>
        <source>Send and receive results by themselves when there is a connection</source>
        <translation>Enviar e receber resultados automaticamente quando houver ligação</translation>
    </message>
    <message>
        <source>Saved. Results stay on this PC until the LRS address, key and secret are all filled in.</source>
        <translation>Guardado. Os resultados ficam neste computador até preencher o endereço, a chave e o segredo do LRS.</translation>
    </message>
    <message>
        <source>Saved. Results are sent to the LRS whenever there is a connection.</source>
        <translation>Guardado. Os resultados são enviados para o LRS sempre que houver ligação.</translation>
    </message>
    <message>
        <source>Saved. Results are sent only when you press Sync now.</source>
        <translation>Guardado. Os resultados só são enviados quando premir Sincronizar agora.</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Exportar um pacote</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importar um pacote</translation>
    </message>
    <message numerus="yes">
        <source>No LRS is set up on this PC, so results are not sent anywhere yet. They are kept safely on this PC: nothing is lost (%n result(s) so far). To send them to the centre&apos;s record store, type the LRS address, key and secret that your coordinator gives you, press Test connection, then Save. Without a connection, carry the results to another PC with Export a bundle (USB).</source>
        <translation>
            <numerusform>Não há nenhum LRS configurado neste computador, por isso os resultados ainda não são enviados para lado nenhum. Ficam guardados em segurança neste computador: não se perde nada (%n resultado até agora). Para os enviar para o repositório de resultados do centro, escreva o endereço, a chave e o segredo do LRS que o seu coordenador lhe der, prima Testar a ligação e depois Guardar. Sem ligação, leve os resultados para outro computador com Exportar um pacote (USB).</numerusform>
            <numerusform>Não há nenhum LRS configurado neste computador, por isso os resultados ainda não são enviados para lado nenhum. Ficam guardados em segurança neste computador: não se perde nada (%n resultados até agora). Para os enviar para o repositório de resultados do centro, escreva o endereço, a chave e o segredo do LRS que o seu coordenador lhe der, prima Testar a ligação e depois Guardar. Sem ligação, leve os resultados para outro computador com Exportar um pacote (USB).</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>Último envio: %1</translation>
    </message>
    <message>
        <source>Last received: %1</source>
        <translation>Última receção: %1</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>À espera de envio: %1</translation>
    </message>
    <message>
        <source>Results are sent only when you press Sync now.</source>
        <translation>Os resultados só são enviados quando premir Sincronizar agora.</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Último problema: %1</translation>
    </message>
    <message>
        <source>Imported %1 new results of %2.</source>
        <translation>Foram importados %1 resultados novos de %2.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Algo correu mal: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2.</source>
        <translation>Enviados: %1; recebidos: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) refused by the LRS (listed below).</source>
        <translation>
            <numerusform>%n resultado recusado pelo LRS (ver a lista abaixo).</numerusform>
            <numerusform>%n resultados recusados pelo LRS (ver a lista abaixo).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>Your answer</source>
        <translation>A sua resposta</translation>
    </message>
</context>
<context>
    <name>TextSizeButtons</name>
    <message>
        <source>Smaller text</source>
        <translation>Letra mais pequena</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl and minus)</source>
        <translation>Letra mais pequena (Ctrl e menos)</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Letra maior</translation>
    </message>
    <message>
        <source>Bigger text (Ctrl and plus)</source>
        <translation>Letra maior (Ctrl e mais)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Text size %1</source>
        <translation>Tamanho do texto: %1</translation>
    </message>
</context>
<context>
    <name>TrainerAssessmentScreen</name>
    <message>
        <source>Competence</source>
        <translation>Competência</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ainda não</translation>
    </message>
    <message>
        <source>Observed level, 0 (not yet) to 8</source>
        <translation>Nível observado, de 0 (ainda não) a 8</translation>
    </message>
    <message>
        <source>Task you watched</source>
        <translation>Tarefa que observou</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Day you watched the task</source>
        <translation>Dia em que observou a tarefa</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Guardar a avaliação</translation>
    </message>
    <message>
        <source>Self-assessed and trainer levels</source>
        <translation>Níveis da autoavaliação e do formador</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Autoavaliação</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formador</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Rever</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Save profile as PDF</source>
        <translation>Guardar o perfil como PDF</translation>
    </message>
    <message>
        <source>Save Europass text</source>
        <translation>Guardar texto para o Europass</translation>
    </message>
    <message>
        <source>Save Open Badges</source>
        <translation>Guardar Open Badges</translation>
    </message>
    <message>
        <source>Observed level</source>
        <translation>Nível observado</translation>
    </message>
    <message>
        <source>Task watched</source>
        <translation>Tarefa observada</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Passos feitos</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Assess %1</source>
        <translation>Avaliar %1</translation>
    </message>
    <message>
        <source>Flagged rows differ by 2 levels or more.</source>
        <translation>As linhas assinaladas têm uma diferença de 2 níveis ou mais.</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>Sem lista de verificação</translation>
    </message>
    <message>
        <source>Differs by 2 or more</source>
        <translation>Diferença de 2 ou mais</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>O que foi feito</translation>
    </message>
    <message>
        <source>Saved: level %1 for %2.</source>
        <translation>Guardado: nível %1 em %2.</translation>
    </message>
    <message>
        <source>Saved: “not yet” for %1.</source>
        <translation>Guardado: «ainda não» em %1.</translation>
    </message>
</context>
<context>
    <name>TrainerConfirm</name>
    <message>
        <source>A trainer confirms</source>
        <translation>Confirmação de um formador</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formador</translation>
    </message>
    <message>
        <source>Trainer&apos;s password</source>
        <translation>Palavra-passe do formador</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>That password is not right. Please try again.</source>
        <translation>Essa palavra-passe não está certa. Tente de novo.</translation>
    </message>
</context>
<context>
    <name>TrainerCourses</name>
    <message>
        <source>Courses on this PC</source>
        <translation>Cursos neste computador</translation>
    </message>
    <message>
        <source>Import a course from a file…</source>
        <translation>Importar um curso de um ficheiro…</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>O que foi feito</translation>
    </message>
    <message>
        <source>Courses come with SkillsApp. You can add new ones from a .zip file, for example from a USB stick. A file is checked before anything is installed.</source>
        <translation>A SkillsApp já traz cursos. Pode acrescentar outros a partir de um ficheiro .zip, por exemplo de uma pen USB. O ficheiro é verificado antes de se instalar seja o que for.</translation>
    </message>
    <message>
        <source>%1  ·  version %2  ·  %3</source>
        <translation>%1  ·  versão %2  ·  %3</translation>
    </message>
    <message>
        <source>Choose a course file</source>
        <translation>Escolha um ficheiro de curso</translation>
    </message>
    <message>
        <source>Course packs (*.zip)</source>
        <translation>Pacotes de cursos (*.zip)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>A verificar o ficheiro…</translation>
    </message>
    <message>
        <source>Checking the course file…</source>
        <translation>A verificar o ficheiro do curso…</translation>
    </message>
    <message>
        <source>Install this course?</source>
        <translation>Instalar este curso?</translation>
    </message>
    <message>
        <source>%1
Version %2
Languages: %3

%4

Install it on this PC?</source>
        <translation>%1
Versão %2
Línguas: %3

%4

Quer instalá-lo neste computador?</translation>
    </message>
    <message>
        <source>Nothing was installed.</source>
        <translation>Nada foi instalado.</translation>
    </message>
    <message>
        <source>Installing the course…</source>
        <translation>A instalar o curso…</translation>
    </message>
    <message>
        <source>“%1” version %2 is installed. Residents find it among the courses now.</source>
        <translation>«%1» versão %2 está instalado. Os formandos já o encontram entre os cursos.</translation>
    </message>
    <message>
        <source>This course pack cannot be used, so nothing was installed. Please send it back to its author with this list:</source>
        <translation>Este pacote de curso não pode ser usado, por isso não foi instalado nada. Devolva-o ao autor com esta lista:</translation>
    </message>
    <message>
        <source>The file could not be read (%1). Nothing was installed.</source>
        <translation>Não foi possível ler o ficheiro (%1). Não foi instalado nada.</translation>
    </message>
</context>
<context>
    <name>TrainerForm</name>
    <message>
        <source>New trainer</source>
        <translation>Novo formador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita a palavra-passe</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Palavra-passe (pelo menos 8 caracteres)</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>As duas palavras-passe não são iguais.</translation>
    </message>
</context>
<context>
    <name>TrainerHome</name>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Formandos</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Formadores</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Trabalho em curso</translation>
    </message>
    <message>
        <source>%1 The other tabs wait until this is done.</source>
        <translation>%1 Os outros separadores esperam até isto terminar.</translation>
    </message>
</context>
<context>
    <name>TrainerSignIn</name>
    <message>
        <source>Trainer</source>
        <translation>Formador</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Trainer sign-in</source>
        <translation>Entrada dos formadores</translation>
    </message>
    <message>
        <source>That password is not right. Please try again.</source>
        <translation>Essa palavra-passe não está certa. Tente de novo.</translation>
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
        <translation>Formadores</translation>
    </message>
    <message>
        <source>New trainer</source>
        <translation>Novo formador</translation>
    </message>
    <message>
        <source>Close account</source>
        <translation>Encerrar a conta</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>O que foi feito</translation>
    </message>
    <message>
        <source>Added the trainer account of %1. They sign in with their password.</source>
        <translation>Foi adicionada a conta de formador de %1. Entra com a sua palavra-passe.</translation>
    </message>
    <message>
        <source>Closed the account of %1.</source>
        <translation>A conta de %1 foi encerrada.</translation>
    </message>
</context>
<context>
    <name>UpdatingScreen</name>
    <message>
        <source>SkillsApp was updated and is bringing this PC&apos;s records up to date. This happens once; nothing is lost.</source>
        <translation>O SkillsApp foi atualizado e está a pôr em dia os registos deste computador. Isto acontece uma vez; nada se perde.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Updating the records</source>
        <translation>A atualizar os registos</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 de %2 registos</translation>
    </message>
</context>
<context>
    <name>WaitingScreen</name>
    <message>
        <source>The courses are being prepared. Your screen opens by itself in a moment.</source>
        <translation>Os cursos estão a ser preparados. O seu ecrã abre sozinho dentro de momentos.</translation>
    </message>
    <message>
        <source>Preparing the courses</source>
        <translation>A preparar os cursos</translation>
    </message>
    <message>
        <source>One moment, please</source>
        <translation>Um momento, por favor</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Column headings</source>
        <translation>Cabeçalhos das colunas</translation>
    </message>
    <message>
        <source>Row headings</source>
        <translation>Cabeçalhos das linhas</translation>
    </message>
</context>
<context>
    <name>WorkProgress</name>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Step 1 of 2: reading the bundle (%1 of %2 results)</source>
        <translation>Passo 1 de 2: a ler o pacote (%1 de %2 resultados)</translation>
    </message>
    <message>
        <source>Step 2 of 2: saving the results and updating everyone&apos;s progress</source>
        <translation>Passo 2 de 2: a guardar os resultados e a atualizar o progresso de todos</translation>
    </message>
    <message>
        <source>Writing the bundle: %1 of %2 results</source>
        <translation>A criar o pacote: %1 de %2 resultados</translation>
    </message>
    <message>
        <source>Sending results to the LRS: %1 of %2</source>
        <translation>A enviar resultados para o LRS: %1 de %2</translation>
    </message>
    <message>
        <source>Receiving results from the LRS: %1 so far</source>
        <translation>A receber resultados do LRS: %1 até agora</translation>
    </message>
</context>
</TS>
