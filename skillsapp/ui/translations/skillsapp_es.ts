<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AssessmentResultScreen</name>
    <message>
        <source>Courses that help you with the next step:</source>
        <translation>Cursos que le ayudan a dar el siguiente paso:</translation>
    </message>
    <message>
        <source>Start the course %1</source>
        <translation>Empezar el curso %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>You have not done a self-assessment yet.</source>
        <translation>Todavía no ha hecho ninguna autoevaluación.</translation>
    </message>
    <message>
        <source>You are confident with %1.</source>
        <translation>Esto ya lo hace con seguridad: %1.</translation>
    </message>
    <message>
        <source>You have made a start, and that is what counts.</source>
        <translation>Ya ha empezado, y eso es lo que cuenta.</translation>
    </message>
    <message>
        <source>%1 is the next step.</source>
        <translation>El siguiente paso es %1.</translation>
    </message>
    <message>
        <source>You know more about %1 than you thought.</source>
        <translation>En «%1» sabes más de lo que pensabas.</translation>
    </message>
    <message>
        <source>You can do more with %1 than you thought.</source>
        <translation>En «%1» puedes hacer más de lo que pensabas.</translation>
    </message>
    <message>
        <source>%1 is worth another look: a course can help you feel sure.</source>
        <translation>%1 merece otra mirada: un curso te puede ayudar a sentirte seguro.</translation>
    </message>
    <message>
        <source>What you said of yourself, since last time:</source>
        <translation>Lo que usted dijo de sí, desde la última vez:</translation>
    </message>
    <message>
        <source>%1: %2 before, %3 now</source>
        <translation>%1: antes %2, ahora %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>nivel %1</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign a course to %1</source>
        <translation>Asignar un curso a %1</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Finish by a day</source>
        <translation>Terminar antes de una fecha</translation>
    </message>
    <message>
        <source>Day to finish by</source>
        <translation>Terminar antes del</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
</context>
<context>
    <name>CertificateList</name>
    <message>
        <source>What was saved</source>
        <translation>Lo que se ha guardado</translation>
    </message>
    <message>
        <source>%1, finished on %2</source>
        <translation>%1, terminado el %2</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the certificate: %1</source>
        <translation>Imprimir el certificado: %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the certificate as PDF: %1</source>
        <translation>Guardar el certificado como PDF: %1</translation>
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
        <translation>%1 %2: nivel %3 (%4)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>This certificate is awarded to</source>
        <translation>Se otorga el presente certificado a</translation>
    </message>
    <message>
        <source>for completing the course</source>
        <translation>por haber completado el curso</translation>
    </message>
    <message>
        <source>Completed on %1</source>
        <translation>Completado el %1</translation>
    </message>
    <message>
        <source>Digital competences trained (%1)</source>
        <translation>Competencias digitales trabajadas (%1)</translation>
    </message>
    <message>
        <source>The centre can check this code in SkillsApp: Reports, “Check a certificate”.</source>
        <translation>El centro puede comprobar este código en SkillsApp: Informes, «Comprobar un certificado».</translation>
    </message>
    <message>
        <source>Check code: %1</source>
        <translation>Código de verificación: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
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
        <translation>Mis certificados</translation>
    </message>
    <message>
        <source>When you finish a course, its certificate appears here.</source>
        <translation>Cuando termine un curso, su certificado aparecerá aquí.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>ChoiceInput</name>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>Choose every right answer.</source>
        <translation>Elija todas las respuestas correctas.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 problem(s) and %2 warning(s) found.</source>
        <translation>Se han encontrado %1 problema(s) y %2 aviso(s).</translation>
    </message>
    <message>
        <source>%1 results were refused by the LRS; a trainer can see why in the app.</source>
        <translation>El LRS ha rechazado %1 resultados; un formador puede ver el motivo en la aplicación.</translation>
    </message>
    <message>
        <source>Centre key (from the centre&apos;s recovery sheet): </source>
        <translation>Clave del centro (de la hoja de recuperación del centro): </translation>
    </message>
    <message>
        <source>Digital-skills training for community centres.</source>
        <translation>Formación en competencias digitales para centros comunitarios.</translation>
    </message>
    <message>
        <source>Everything checked is fine.</source>
        <translation>Todo lo revisado está bien.</translation>
    </message>
    <message>
        <source>Imported the bundle of %1: %2 new of %3 results.</source>
        <translation>Paquete de %1 importado: %2 resultados nuevos de %3.</translation>
    </message>
    <message>
        <source>Installed “%1” version %2.</source>
        <translation>Instalado «%1», versión %2.</translation>
    </message>
    <message>
        <source>No LRS is set for this centre: set it in the trainer settings, or set SKILLSAPP_LRS_URL, SKILLSAPP_LRS_KEY and SKILLSAPP_LRS_SECRET.</source>
        <translation>Este centro no tiene ningún LRS configurado: configúrelo en los ajustes del formador, o defina SKILLSAPP_LRS_URL, SKILLSAPP_LRS_KEY y SKILLSAPP_LRS_SECRET.</translation>
    </message>
    <message>
        <source>No centre key is set on this PC: learner profiles are not sent.</source>
        <translation>Este ordenador no tiene la clave del centro: los perfiles de los alumnos no se envían.</translation>
    </message>
    <message>
        <source>No problems; %1 warning(s) worth a look.</source>
        <translation>Ningún problema; %1 aviso(s) que merece la pena revisar.</translation>
    </message>
    <message>
        <source>No usable backup was found; SkillsApp will start with empty records.</source>
        <translation>No se ha encontrado ninguna copia de seguridad utilizable; SkillsApp empezará sin registros.</translation>
    </message>
    <message>
        <source>On a PC that has no centre yet, the centre key is asked for (or read from SKILLSAPP_CENTRE_KEY).</source>
        <translation>En un ordenador que aún no pertenece a ningún centro, se pide la clave del centro (o se lee de SKILLSAPP_CENTRE_KEY).</translation>
    </message>
    <message>
        <source>Reading the bundle: %1 of %2 results</source>
        <translation>Leyendo el paquete: %1 de %2 resultados</translation>
    </message>
    <message>
        <source>Receiving from the LRS: %1 results so far</source>
        <translation>Recibiendo del LRS: %1 resultados hasta ahora</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translation>Copia de seguridad %1 restaurada.</translation>
    </message>
    <message>
        <source>Saved the certificate as PDF: %1</source>
        <translation>Certificado guardado como PDF: %1</translation>
    </message>
    <message>
        <source>Saved the report as PDF: %1</source>
        <translation>Informe guardado como PDF: %1</translation>
    </message>
    <message>
        <source>Saved the table as CSV: %1</source>
        <translation>Tabla guardada como CSV: %1</translation>
    </message>
    <message>
        <source>Saved the table for other programs as CSV: %1</source>
        <translation>Tabla para otros programas guardada como CSV: %1</translation>
    </message>
    <message>
        <source>Saving the results and updating progress: step %1 of %2</source>
        <translation>Guardando los resultados y actualizando el progreso: paso %1 de %2</translation>
    </message>
    <message>
        <source>Sending to the LRS: %1 of %2 results</source>
        <translation>Enviando al LRS: %1 de %2 resultados</translation>
    </message>
    <message>
        <source>Sent %1, received %2.</source>
        <translation>Enviados %1, recibidos %2.</translation>
    </message>
    <message>
        <source>Sync is switched off in the trainer settings.</source>
        <translation>La sincronización está desactivada en los ajustes del formador.</translation>
    </message>
    <message>
        <source>The bundle could not be written to %1: %2.</source>
        <translation>No se ha podido escribir el paquete en %1: %2.</translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>La base de datos anterior se ha guardado como %1.</translation>
    </message>
    <message>
        <source>There are no records in %1 yet.</source>
        <translation>Todavía no hay registros en %1.</translation>
    </message>
    <message>
        <source>There is no database in %1; nothing to restore.</source>
        <translation>No hay ninguna base de datos en %1; no hay nada que restaurar.</translation>
    </message>
    <message>
        <source>This PC has no centre yet. To join one, type the centre key from the recovery sheet when asked, or set SKILLSAPP_CENTRE_KEY.</source>
        <translation>Este ordenador aún no pertenece a ningún centro. Para unirse a uno, escriba la clave del centro de la hoja de recuperación cuando se le pida, o defina SKILLSAPP_CENTRE_KEY.</translation>
    </message>
    <message>
        <source>This PC has no centre yet; there is nothing to export.</source>
        <translation>Este ordenador aún no pertenece a ningún centro; no hay nada que exportar.</translation>
    </message>
    <message>
        <source>This PC has not been set up for a centre yet.</source>
        <translation>Este ordenador aún no está configurado para ningún centro.</translation>
    </message>
    <message>
        <source>This PC now belongs to %1.</source>
        <translation>Este ordenador pertenece ahora a %1.</translation>
    </message>
    <message>
        <source>Updating the records after an update: %1 of %2</source>
        <translation>Poniendo al día los registros tras una actualización: %1 de %2</translation>
    </message>
    <message>
        <source>Writing the bundle: %1 of %2 results</source>
        <translation>Escribiendo el paquete: %1 de %2 resultados</translation>
    </message>
    <message>
        <source>Wrote %1 results of %2 to %3.</source>
        <translation>Se han escrito %1 resultados de %2 en %3.</translation>
    </message>
    <message>
        <source>check course packs (folders or .zip), item banks and checklists</source>
        <translation>comprobar paquetes de cursos (carpetas o .zip), bancos de afirmaciones y listas de comprobación</translation>
    </message>
    <message>
        <source>check or import course packs</source>
        <translation>comprobar o importar paquetes de cursos</translation>
    </message>
    <message>
        <source>check, offscreen and in a temporary folder, that the app works</source>
        <translation>comprobar, sin pantalla y en una carpeta temporal, que la aplicación funciona</translation>
    </message>
    <message>
        <source>export or import a sync bundle (USB)</source>
        <translation>exportar o importar un paquete de sincronización (USB)</translation>
    </message>
    <message>
        <source>first day, e.g. 2026-01-01</source>
        <translation>primer día, p. ej. 2026-01-01</translation>
    </message>
    <message>
        <source>install a course pack from a .zip</source>
        <translation>instalar un paquete de curso desde un .zip</translation>
    </message>
    <message>
        <source>last day, e.g. 2026-06-30</source>
        <translation>último día, p. ej. 2026-06-30</translation>
    </message>
    <message>
        <source>merge a bundle FILE</source>
        <translation>fusionar un paquete FILE</translation>
    </message>
    <message>
        <source>only results stored since this day (YYYY-MM-DD)</source>
        <translation>solo los resultados guardados desde este día (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>open the demo centre</source>
        <translation>abrir el centro de demostración</translation>
    </message>
    <message>
        <source>put a damaged database aside and restore the newest automatic backup</source>
        <translation>apartar una base de datos dañada y restaurar la copia de seguridad automática más reciente</translation>
    </message>
    <message>
        <source>save the report as PDF here</source>
        <translation>guardar aquí el informe como PDF</translation>
    </message>
    <message>
        <source>save the table as the screen shows it (in the report&apos;s language) as CSV</source>
        <translation>guardar la tabla como CSV tal como la muestra la pantalla (en el idioma del informe)</translation>
    </message>
    <message>
        <source>save the table for other programs (codes) as CSV here</source>
        <translation>guardar aquí la tabla para otros programas (códigos) como CSV</translation>
    </message>
    <message>
        <source>the report&apos;s language (default: the centre&apos;s; for a certificate, the learner&apos;s)</source>
        <translation>el idioma del informe (por defecto: el del centro; en un certificado, el del participante)</translation>
    </message>
    <message>
        <source>send and receive results with the centre&apos;s LRS once</source>
        <translation>enviar y recibir una vez los resultados con el LRS del centro</translation>
    </message>
    <message>
        <source>show a report, or save it as CSV or PDF</source>
        <translation>mostrar un informe o guardarlo como CSV o PDF</translation>
    </message>
    <message>
        <source>start, paint the first screen and exit (with --demo: create the demo first)</source>
        <translation>iniciar, dibujar la primera pantalla y salir (con --demo: crear antes la demostración)</translation>
    </message>
    <message>
        <source>the course&apos;s id, for a certificate</source>
        <translation>el identificador del curso, para un certificado</translation>
    </message>
    <message>
        <source>the group&apos;s name</source>
        <translation>el nombre del grupo</translation>
    </message>
    <message>
        <source>the learner&apos;s first name or id</source>
        <translation>el nombre o el identificador del alumno</translation>
    </message>
    <message>
        <source>write the centre&apos;s results to FILE</source>
        <translation>escribir los resultados del centro en FILE</translation>
    </message>
</context>
<context>
    <name>CompetenceChart</name>
    <message>
        <source>Your competence chart</source>
        <translation>Su gráfico de competencias</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message numerus="yes">
        <source>About %n minutes</source>
        <translation>
            <numerusform>Aproximadamente %n minuto</numerusform>
            <numerusform>Aproximadamente %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lessons</source>
        <translation>%1 de %2 lecciones</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>%1 of %2 lessons done</source>
        <translation>%1 de %2 lecciones hechas</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message>
        <source>Start the course</source>
        <translation>Empezar el curso</translation>
    </message>
    <message>
        <source>Read the first lesson again</source>
        <translation>Volver a leer la primera lección</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Back to my courses</source>
        <translation>Volver a mis cursos</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>aún por hacer</translation>
    </message>
    <message>
        <source>You finished this course. Well done!</source>
        <translation>Ha terminado este curso. ¡Muy bien!</translation>
    </message>
    <message>
        <source>%1 of %2 lessons done.</source>
        <translation>%1 de %2 lecciones hechas.</translation>
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
        <translation>Áreas de competencia</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Learners and their progress</source>
        <translation>Participantes y su progreso</translation>
    </message>
    <message>
        <source>Latest sessions</source>
        <translation>Últimas sesiones</translation>
    </message>
    <message>
        <source>No groups yet. Make one in the Groups tab.</source>
        <translation>Todavía no hay grupos. Cree uno en la pestaña Grupos.</translation>
    </message>
    <message>
        <source>“!”: may need help (did not pass the same quiz 3 times, or no progress for 2 weeks). Press Enter or double-click a learner to open their page.</source>
        <translation>«!»: puede necesitar ayuda (no aprobó el mismo cuestionario 3 veces, o no avanza desde hace 2 semanas). Pulse Intro o haga doble clic en una persona para abrir su página.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Days here (30 days)</source>
        <translation>Días de asistencia (30 días)</translation>
    </message>
    <message>
        <source>may need help</source>
        <translation>puede necesitar ayuda</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <source>%1 learners; %2 may need help.</source>
        <translation>%1 participantes; %2 pueden necesitar ayuda.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>did not sign out</source>
        <translation>no cerró la sesión</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ terminado</translation>
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
            <numerusform>no aprobó un cuestionario %n vez</numerusform>
            <numerusform>no aprobó un cuestionario %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>no progress for 2 weeks</source>
        <translation>sin avanzar desde hace 2 semanas</translation>
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
        <translation>Calibración: autoevaluación y pruebas</translation>
    </message>
    <message>
        <source>Your levels, and what they rest on</source>
        <translation>Tus niveles y en qué se basan</translation>
    </message>
    <message>
        <source>%1 (course quizzes)</source>
        <translation>%1 (cuestionarios de cursos)</translation>
    </message>
    <message>
        <source>Said</source>
        <translation>Dijo</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Sabe</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>Hizo</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observado</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>You said</source>
        <translation>Lo que dijiste</translation>
    </message>
    <message>
        <source>The questions showed</source>
        <translation>Las preguntas mostraron</translation>
    </message>
    <message>
        <source>Practice showed</source>
        <translation>La práctica mostró</translation>
    </message>
    <message>
        <source>Your trainer saw</source>
        <translation>Tu formador vio</translation>
    </message>
    <message>
        <source>Your level</source>
        <translation>Tu nivel</translation>
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
        <translation>habladlo</translation>
    </message>
    <message>
        <source>%1 below</source>
        <translation>%1 por debajo</translation>
    </message>
    <message>
        <source>%1 above</source>
        <translation>%1 por encima</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>nivel %1</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Add %1 to a group</source>
        <translation>Añadir a %1 a un grupo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>No groups yet. Make one in the Groups tab.</source>
        <translation>Todavía no hay grupos. Cree uno en la pestaña Grupos.</translation>
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
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Courses for this group</source>
        <translation>Cursos de este grupo</translation>
    </message>
    <message>
        <source>Finish the courses by</source>
        <translation>Fecha límite para terminar los cursos</translation>
    </message>
    <message>
        <source>Day to finish by</source>
        <translation>Terminar antes del</translation>
    </message>
    <message>
        <source>Made the group “%1”. Now choose its members and courses.</source>
        <translation>Grupo «%1» creado. Ahora elija sus miembros y cursos.</translation>
    </message>
    <message>
        <source>Archived the group “%1”.</source>
        <translation>Grupo «%1» archivado.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
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
        <translation>Grupo «%1» guardado: %2, %3, para terminar antes del %4.</translation>
    </message>
    <message>
        <source>Saved the group “%1”: %2, %3.</source>
        <translation>Grupo «%1» guardado: %2, %3.</translation>
    </message>
    <message>
        <source>Archive this group</source>
        <translation>Archivar este grupo</translation>
    </message>
    <message>
        <source>Save the group</source>
        <translation>Guardar el grupo</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo que se hizo</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>A group&apos;s courses are assigned to every member; they see them first.</source>
        <translation>Los cursos de un grupo se asignan a todos sus miembros, que los ven en primer lugar.</translation>
    </message>
</context>
<context>
    <name>JoinCentre</name>
    <message>
        <source>LRS address</source>
        <translation>Dirección del LRS</translation>
    </message>
    <message>
        <source>LRS key</source>
        <translation>Clave del LRS</translation>
    </message>
    <message>
        <source>LRS secret</source>
        <translation>Clave secreta del LRS</translation>
    </message>
    <message>
        <source>Centre key</source>
        <translation>Clave del centro</translation>
    </message>
    <message>
        <source>from the centre&apos;s recovery sheet</source>
        <translation>de la hoja de recuperación del centro</translation>
    </message>
    <message>
        <source>Join through the LRS</source>
        <translation>Unirse mediante el LRS</translation>
    </message>
    <message>
        <source>Join from a bundle file…</source>
        <translation>Unirse con un archivo de paquete…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Join an existing centre</source>
        <translation>Unir este ordenador a un centro existente</translation>
    </message>
    <message>
        <source>This PC gets the centre&apos;s learners and all their results. Type the centre key from the recovery sheet, then the centre&apos;s LRS details, or use a bundle file another PC of the centre saved on a USB stick.</source>
        <translation>Este ordenador recibirá los participantes del centro con todos sus resultados. Escriba la clave del centro que figura en la hoja de recuperación y luego los datos del LRS del centro, o use un archivo de paquete que otro ordenador del centro haya guardado en una memoria USB.</translation>
    </message>
    <message>
        <source>Please fill in the centre key and all LRS details.</source>
        <translation>Escriba la clave del centro y todos los datos del LRS.</translation>
    </message>
    <message>
        <source>Choose the bundle file</source>
        <translation>Elija el archivo de paquete</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>Paquetes (*.zip)</translation>
    </message>
    <message>
        <source>Please type the centre key first.</source>
        <translation>Escriba primero la clave del centro.</translation>
    </message>
    <message>
        <source>Joining the centre… this can take a few minutes.</source>
        <translation>Uniendo el ordenador al centro… Puede tardar unos minutos.</translation>
    </message>
    <message>
        <source>Joining failed: %1</source>
        <translation>No se ha podido unir al centro: %1</translation>
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
        <translation>%1 todavía no ha terminado ningún curso.</translation>
    </message>
    <message>
        <source>Certificates are printed in the learner&apos;s language: %1.</source>
        <translation>Los certificados se imprimen en el idioma del participante: %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>LearnerCompetences</name>
    <message>
        <source>Only where self-rating and evidence disagree</source>
        <translation>Solo donde la autoevaluación y las pruebas no coinciden</translation>
    </message>
    <message>
        <source>The level concluded rests on the strongest evidence: observed, then did, then known (questions and course quizzes), then said.</source>
        <translation>La conclusión se basa en la prueba más fuerte: observado, luego hizo, luego sabe (preguntas y cuestionarios de cursos), luego dijo.</translation>
    </message>
</context>
<context>
    <name>LearnerForm</name>
    <message>
        <source>New learner</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <source>Edit learner</source>
        <translation>Editar participante</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>4 to 6 numbers, or leave empty for no PIN</source>
        <translation>De 4 a 6 cifras, o déjelo en blanco para no usar PIN</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN</source>
        <translation>Déjelo en blanco para mantener el PIN actual</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Quitar el PIN</translation>
    </message>
    <message>
        <source>Colour of the tile</source>
        <translation>Color de la tarjeta</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Color %1</translation>
    </message>
    <message>
        <source>Picture on the tile</source>
        <translation>Dibujo de la tarjeta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Gender (optional)</source>
        <translation>Género (opcional)</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefiere no decirlo</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>Otro género</translation>
    </message>
    <message>
        <source>Age (optional)</source>
        <translation>Edad (opcional)</translation>
    </message>
    <message>
        <source>Agrees that the centre keeps their learning records (needed)</source>
        <translation>Acepta que el centro guarde sus registros de aprendizaje (obligatorio)</translation>
    </message>
    <message>
        <source>Agrees that their results are counted, without their name, by the programme</source>
        <translation>Acepta que el programa cuente sus resultados, sin su nombre</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Dibujo</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>First letter</source>
        <translation>Primera letra</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sol</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Estrella</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Corazón</translation>
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
        <translation>Copo de nieve</translation>
    </message>
    <message>
        <source>Umbrella</source>
        <translation>Paraguas</translation>
    </message>
</context>
<context>
    <name>LearnerPage</name>
    <message>
        <source>Quiz answers</source>
        <translation>Respuestas a los cuestionarios</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>Record an observed level…</source>
        <translation>Registrar un nivel observado…</translation>
    </message>
    <message>
        <source>Assign a course…</source>
        <translation>Asignar un curso…</translation>
    </message>
    <message>
        <source>Export this learner&apos;s data…</source>
        <translation>Exportar los datos de este participante…</translation>
    </message>
    <message>
        <source>Erase this learner&apos;s data…</source>
        <translation>Borrar los datos de este participante…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation>En qué punto está</translation>
    </message>
    <message>
        <source>Lessons finished</source>
        <translation>Lecciones terminadas</translation>
    </message>
    <message>
        <source>Finish by</source>
        <translation>Terminar antes del</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Empezado</translation>
    </message>
    <message>
        <source>Quizzes not passed</source>
        <translation>Cuestionarios no aprobados</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo que se hizo</translation>
    </message>
    <message>
        <source>Add to a group…</source>
        <translation>Añadir a un grupo…</translation>
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
        <translation>ninguno</translation>
    </message>
    <message>
        <source>No courses assigned or started yet.</source>
        <translation>Todavía no tiene cursos asignados ni empezados.</translation>
    </message>
    <message>
        <source>Time spent learning at the centre: %1 hours.</source>
        <translation>Tiempo de aprendizaje en el centro: %1 horas.</translation>
    </message>
    <message>
        <source>Finished on %1</source>
        <translation>Terminado el %1</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendiendo</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Todavía sin empezar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>%1 · quiz of “%2” · %3</source>
        <translation>%1 · cuestionario de «%2» · %3</translation>
    </message>
    <message>
        <source>No quiz answers yet.</source>
        <translation>Todavía no hay respuestas a cuestionarios.</translation>
    </message>
    <message>
        <source>right (try %1)</source>
        <translation>correcta (intento %1)</translation>
    </message>
    <message>
        <source>not right (try %1)</source>
        <translation>incorrecta (intento %1)</translation>
    </message>
    <message>
        <source>%1 of %2 right the first time</source>
        <translation>%1 de %2 correctas a la primera</translation>
    </message>
    <message>
        <source>Was registered at the centre</source>
        <translation>Se registró en el centro</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inició sesión</translation>
    </message>
    <message>
        <source>Was signed out after a while without activity</source>
        <translation>Se cerró su sesión tras un rato sin actividad</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Cerró sesión</translation>
    </message>
    <message>
        <source>Opened the lesson “%1”</source>
        <translation>Abrió la lección «%1»</translation>
    </message>
    <message>
        <source>Finished the lesson “%1”</source>
        <translation>Terminó la lección «%1»</translation>
    </message>
    <message>
        <source>Finished the course “%1”</source>
        <translation>Terminó el curso «%1»</translation>
    </message>
    <message>
        <source>Passed the quiz of “%1”</source>
        <translation>Aprobó el cuestionario de «%1»</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Did not pass the quiz of “%1” yet</source>
        <translation>Todavía no aprobó el cuestionario de «%1»</translation>
    </message>
    <message>
        <source>Started a quick self-check: %1</source>
        <translation>Empezó una autoevaluación rápida: %1</translation>
    </message>
    <message>
        <source>Started the full self-check</source>
        <translation>Empezó la autoevaluación completa</translation>
    </message>
    <message>
        <source>Finished a quick self-check: %1</source>
        <translation>Terminó una autoevaluación rápida: %1</translation>
    </message>
    <message>
        <source>Finished the full self-check</source>
        <translation>Terminó la autoevaluación completa</translation>
    </message>
    <message>
        <source>Answered %1 of %2 knowledge questions of the self-check right</source>
        <translation>Respondió bien %1 de %2 preguntas de conocimiento de la autoevaluación</translation>
    </message>
    <message>
        <source>A trainer watched “%1” and recorded “not yet”</source>
        <translation>Un formador observó «%1» y anotó «todavía no»</translation>
    </message>
    <message>
        <source>A trainer watched “%1” and recorded level %2</source>
        <translation>Un formador observó «%1» y registró el nivel %2</translation>
    </message>
    <message>
        <source>Answered a question in the quiz of “%1”</source>
        <translation>Respondió una pregunta del cuestionario de «%1»</translation>
    </message>
    <message>
        <source>Answered a statement of the self-check</source>
        <translation>Respondió una afirmación de la autoevaluación</translation>
    </message>
    <message>
        <source>Something a newer SkillsApp recorded (%1)</source>
        <translation>Algo registrado por una versión más nueva de SkillsApp (%1)</translation>
    </message>
    <message>
        <source>Assigned “%1” to %2, to finish by %3.</source>
        <translation>Se asignó «%1» a %2, para terminar antes del %3.</translation>
    </message>
    <message>
        <source>Assigned “%1” to %2.</source>
        <translation>Se asignó «%1» a %2.</translation>
    </message>
    <message>
        <source>%1 is now in the group “%2”.</source>
        <translation>%1 está ahora en el grupo «%2».</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Elija dónde guardar</translation>
    </message>
    <message>
        <source>Data about %1</source>
        <translation>Datos de %1</translation>
    </message>
    <message>
        <source>What is kept</source>
        <translation>Qué se guarda</translation>
    </message>
    <message>
        <source>What this PC holds</source>
        <translation>Lo que tiene este PC</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <source>Saved %1&apos;s data in %2: %3 and %4.</source>
        <translation>Datos de %1 guardados en %2: %3 y %4.</translation>
    </message>
    <message>
        <source>Erase this learner&apos;s data?</source>
        <translation>¿Borrar los datos de este participante?</translation>
    </message>
    <message>
        <source>This removes %1&apos;s profile and every learning record from this PC and the centre&apos;s other PCs. It cannot be undone.

%2</source>
        <translation>Se borrarán el perfil de %1 y todos sus registros de aprendizaje de este ordenador y de los demás ordenadores del centro. No se puede deshacer.

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
        <translation>Participantes</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
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
        <translation>Mostrar participantes archivados</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the learner&apos;s page</source>
        <translation>Abrir la página del participante</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Unlock PIN</source>
        <translation>Desbloquear PIN</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo que se hizo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <source>locked (too many wrong PINs)</source>
        <translation>bloqueado (demasiados PIN incorrectos)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Added %1. Their tile is on the start screen of this PC.</source>
        <translation>Se añadió a %1. Su recuadro está en la pantalla de inicio de este ordenador.</translation>
    </message>
    <message>
        <source>Saved the changes to %1&apos;s profile.</source>
        <translation>Se guardaron los cambios del perfil de %1.</translation>
    </message>
    <message>
        <source>Restored %1: their tile is back on the start screen.</source>
        <translation>Se restauró a %1: su recuadro vuelve a estar en la pantalla de inicio.</translation>
    </message>
    <message>
        <source>Archived %1: their tile is gone and their records are kept.</source>
        <translation>Se archivó a %1: su recuadro ya no aparece y sus registros se conservan.</translation>
    </message>
    <message>
        <source>%1 can sign in with their PIN again.</source>
        <translation>%1 puede volver a entrar con su PIN.</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Lesson text</source>
        <translation>Texto de la lección</translation>
    </message>
    <message>
        <source>Check what I learned</source>
        <translation>Comprobar lo que he aprendido</translation>
    </message>
    <message>
        <source>I have finished this lesson</source>
        <translation>He terminado esta lección</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Volver al curso</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>%1 · Lesson %2 of %3</source>
        <translation>%1 · Lección %2 de %3</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Dejar de leer</translation>
    </message>
    <message>
        <source>Links are switched off</source>
        <translation>Los enlaces están desactivados</translation>
    </message>
    <message>
        <source>Opening web pages from lessons is switched off on this PC.</source>
        <translation>En este ordenador no se pueden abrir páginas web desde las lecciones.</translation>
    </message>
    <message>
        <source>Open a web page?</source>
        <translation>¿Abrir una página web?</translation>
    </message>
    <message>
        <source>This link opens a web page outside SkillsApp, in your web browser:

%1

Do you want to open it?</source>
        <translation>Este enlace abre una página web fuera de SkillsApp, en su navegador:

%1

¿Quiere abrirla?</translation>
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
        <translation>Terminar y cerrar la sesión</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? You will be signed out in %n seconds to keep your work private.</source>
        <translation>
            <numerusform>¿Sigue ahí? Su sesión se cerrará en %n segundo para que nadie más vea su trabajo.</numerusform>
            <numerusform>¿Sigue ahí? Su sesión se cerrará en %n segundos para que nadie más vea su trabajo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchInput</name>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>What goes with “%1”</source>
        <translation>Qué va con «%1»</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>A PIN is {low} to {high} numbers, for example 4 8 1 5.</source>
        <translation>El PIN tiene de {low} a {high} cifras, por ejemplo 4 8 1 5.</translation>
    </message>
    <message>
        <source>A learner&apos;s record</source>
        <translation>Historial de un alumno</translation>
    </message>
    <message>
        <source>A web page answered instead of the LRS (a Wi-Fi sign-in page or a wrong address?).</source>
        <translation>Ha respondido una página web en lugar del LRS (¿una página de acceso a la wifi o una dirección equivocada?).</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Todos los participantes</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>Otro género</translation>
    </message>
    <message>
        <source>Attendance counts the days from {day} on.</source>
        <translation>La asistencia cuenta los días desde el {day}.</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Básico</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conexión correcta</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Desglose por</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Courses completed</source>
        <translation>Cursos completados</translation>
    </message>
    <message>
        <source>Days present in the last 30 days</source>
        <translation>Días de asistencia en los últimos 30 días</translation>
    </message>
    <message>
        <source>DigComp area</source>
        <translation>Área de DigComp</translation>
    </message>
    <message>
        <source>DigComp levels by area</source>
        <translation>Niveles DigComp por área</translation>
    </message>
    <message>
        <source>DigComp levels by area from {start} to {end}</source>
        <translation>Niveles DigComp por área del {start} al {end}</translation>
    </message>
    <message>
        <source>DigComp version {version} is not known.</source>
        <translation>No se conoce la versión {version} de DigComp.</translation>
    </message>
    <message>
        <source>Every statement has been answered.</source>
        <translation>Ya ha respondido a todas las frases.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Dato</translation>
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
        <translation>Progreso del grupo</translation>
    </message>
    <message>
        <source>Highly advanced</source>
        <translation>Muy avanzado</translation>
    </message>
    <message>
        <source>Highly specialised</source>
        <translation>Altamente especializado</translation>
    </message>
    <message>
        <source>Hours of learning</source>
        <translation>Horas de aprendizaje</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <source>Latest self-check</source>
        <translation>Última autoevaluación</translation>
    </message>
    <message>
        <source>Latest self-check, DigCompSat bands</source>
        <translation>Última autoevaluación, bandas de DigCompSat</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Learning record of {name}</source>
        <translation>Historial de aprendizaje de {name}</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Lessons done</source>
        <translation>Lecciones hechas</translation>
    </message>
    <message>
        <source>Level gain, observed by a trainer</source>
        <translation>Mejora de nivel, observada por el formador</translation>
    </message>
    <message>
        <source>Level gain, self-assessed</source>
        <translation>Mejora de nivel, autoevaluada</translation>
    </message>
    <message>
        <source>Level gains: latest minus first level in the period, averaged over the learners assessed at least twice; the column “Learners” says how many.</source>
        <translation>Mejora de nivel: último nivel menos el primero del periodo, como media de los participantes evaluados al menos dos veces; la columna «Participantes» indica cuántos.</translation>
    </message>
    <message>
        <source>Levels from the self-checks finished in the period. “Latest self-check”: each learner&apos;s latest level in the area. The first and latest self-check are compared for the learners who did two or more in the period (pre/post).</source>
        <translation>Niveles de las autoevaluaciones terminadas en el periodo. «Última autoevaluación»: el último nivel de cada participante en el área. La primera y la última autoevaluación se comparan para quienes hicieron dos o más en el periodo (antes/después).</translation>
    </message>
    <message>
        <source>May need help</source>
        <translation>Puede necesitar ayuda</translation>
    </message>
    <message>
        <source>Mean level</source>
        <translation>Nivel medio</translation>
    </message>
    <message>
        <source>Mean self-check score, % (DigCompSat)</source>
        <translation>Puntuación media de la autoevaluación, % (DigCompSat)</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>No centre in this LRS account opens with this centre key. Please check the key on the centre&apos;s recovery sheet, and the LRS key and secret.</source>
        <translation>Ningún centro de esta cuenta del LRS se abre con esta clave del centro. Compruebe la clave en la hoja de recuperación del centro, y también la clave y la clave secreta del LRS.</translation>
    </message>
    <message>
        <source>No printer is set up on this PC. Save the PDF instead and print it elsewhere, or ask whoever looks after this PC to add a printer.</source>
        <translation>Este ordenador no tiene ninguna impresora configurada. Guarde el PDF y imprímalo en otro sitio, o pida a quien se ocupa de este ordenador que añada una impresora.</translation>
    </message>
    <message>
        <source>No progress for 2 weeks</source>
        <translation>Sin avances en 2 semanas</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Only a trainer of this centre can record an assessment.</source>
        <translation>Solo un formador de este centro puede registrar una evaluación.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes en el periodo</translation>
    </message>
    <message>
        <source>Participants: learners who signed in or learned on at least one day of the period.</source>
        <translation>Participantes en el periodo: personas que entraron o aprendieron al menos un día del periodo.</translation>
    </message>
    <message>
        <source>Please answer every statement before finishing.</source>
        <translation>Responda a todas las frases antes de terminar.</translation>
    </message>
    <message>
        <source>Please choose a period between {earliest} and the end of next year.</source>
        <translation>Elija un periodo entre el {earliest} y el final del año que viene.</translation>
    </message>
    <message>
        <source>Please choose one of the answers.</source>
        <translation>Elige una de las respuestas, por favor.</translation>
    </message>
    <message>
        <source>Please choose one of the five areas for the quick check.</source>
        <translation>Elija una de las cinco áreas para la comprobación rápida.</translation>
    </message>
    <message>
        <source>Please choose one of the four answers.</source>
        <translation>Elija una de las cuatro respuestas.</translation>
    </message>
    <message>
        <source>Please choose one of the offered colours.</source>
        <translation>Elija uno de los colores que se ofrecen.</translation>
    </message>
    <message>
        <source>Please choose one of the offered languages.</source>
        <translation>Elija uno de los idiomas que se ofrecen.</translation>
    </message>
    <message>
        <source>Please choose one of the offered pictures.</source>
        <translation>Elija uno de los dibujos que se ofrecen.</translation>
    </message>
    <message>
        <source>Please choose the quick check or the full check.</source>
        <translation>Elija la comprobación rápida o la completa.</translation>
    </message>
    <message>
        <source>Please choose the task you watched before ticking its steps.</source>
        <translation>Elija primero la tarea que ha observado y después marque sus pasos.</translation>
    </message>
    <message>
        <source>Please give dates as year-month-day, for example 2026-03-31.</source>
        <translation>Escriba las fechas como año-mes-día, por ejemplo 2026-03-31.</translation>
    </message>
    <message>
        <source>Please give the course&apos;s id, for example --course email-basics.</source>
        <translation>Indique el identificador del curso, por ejemplo --course email-basics.</translation>
    </message>
    <message>
        <source>Please give the due date as a day, for example 2026-05-31.</source>
        <translation>Indique la fecha límite como un día, por ejemplo 2026-05-31.</translation>
    </message>
    <message>
        <source>Please give the period: its first and its last day.</source>
        <translation>Indique el periodo: su primer y su último día.</translation>
    </message>
    <message>
        <source>Please keep the note under {limit} characters.</source>
        <translation>La nota es demasiado larga. Número máximo de caracteres: {limit}.</translation>
    </message>
    <message>
        <source>Please put the key and secret in their own boxes, not in the address.</source>
        <translation>Escriba la clave y la clave secreta en sus propias casillas, no en la dirección.</translation>
    </message>
    <message>
        <source>Please set the LRS address, key and secret first.</source>
        <translation>Indique primero la dirección, la clave y la clave secreta del LRS.</translation>
    </message>
    <message>
        <source>Please set the centre key first (trainer settings, Sync).</source>
        <translation>Indique primero la clave del centro (herramientas del formador, Sincronización).</translation>
    </message>
    <message>
        <source>Please type a {field}.</source>
        <translation>Escriba el {field}.</translation>
    </message>
    <message>
        <source>Please type the LRS key and secret.</source>
        <translation>Escriba la clave y la clave secreta del LRS.</translation>
    </message>
    <message>
        <source>Please type the centre key to set up this PC from the bundle.</source>
        <translation>Escriba la clave del centro para preparar este ordenador con el paquete.</translation>
    </message>
    <message>
        <source>Post: latest self-check (of those with two or more)</source>
        <translation>Después: última autoevaluación (de quienes tienen dos o más)</translation>
    </message>
    <message>
        <source>Pre/post: too few to report</source>
        <translation>Antes/después: demasiado pocos para informar</translation>
    </message>
    <message>
        <source>Pre: first self-check (of those with two or more)</source>
        <translation>Antes: primera autoevaluación (de quienes tienen dos o más)</translation>
    </message>
    <message>
        <source>Programme indicators</source>
        <translation>Indicadores del programa</translation>
    </message>
    <message>
        <source>Programme indicators from {start} to {end}</source>
        <translation>Indicadores del programa del {start} al {end}</translation>
    </message>
    <message>
        <source>Progress of the group {name}</source>
        <translation>Progreso del grupo {name}</translation>
    </message>
    <message>
        <source>Quiz not passed after {count} tries</source>
        <translation>Cuestionario no superado tras {count} intentos</translation>
    </message>
    <message>
        <source>Quiz tries</source>
        <translation>Intentos de cuestionario</translation>
    </message>
    <message>
        <source>Quiz tries not passed</source>
        <translation>Intentos no superados</translation>
    </message>
    <message>
        <source>Self-check score as DigCompSat counts it: the mean of the answers&apos; points in the area, as a percentage. Its bands: Low 0–29 % (counted under “Not yet”), Foundation 30–47 %, Intermediate 48–80 %, Advanced 81–100 %.</source>
        <translation>Puntuación de la autoevaluación según DigCompSat: la media de los puntos de las respuestas del área, en porcentaje. Sus bandas: Bajo 0–29 % (contado en «Todavía no»), Básico 30–47 %, Intermedio 48–80 %, Avanzado 81–100 %.</translation>
    </message>
    <message>
        <source>SkillsApp cannot save in its data folder ({folder}) because it is read-only. Please ask whoever looks after this PC to allow writing there, or set SKILLSAPP_HOME to a folder that can be written. Nothing has been changed.</source>
        <translation>SkillsApp no puede guardar en su carpeta de datos ({folder}) porque es de solo lectura. Pida a la persona que se ocupa de este ordenador que permita escribir en ella, o indique en SKILLSAPP_HOME una carpeta en la que se pueda escribir. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>SkillsApp cannot use its data folder ({folder}): {reason}. Please check that the folder exists and can be written, or set SKILLSAPP_HOME to another folder. Nothing has been changed.</source>
        <translation>SkillsApp no puede usar su carpeta de datos ({folder}): {reason}. Compruebe que la carpeta existe y que se puede escribir en ella, o indique otra carpeta en SKILLSAPP_HOME. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>So that nobody can be singled out, figures about fewer than {least} learners are not shown: “Too few to report”.</source>
        <translation>Para que nadie pueda ser identificado, no se muestran datos de menos de {least} participantes: «Demasiado pocos para informar».</translation>
    </message>
    <message>
        <source>Some members of this group are not learners of the centre ({count}).</source>
        <translation>Algunos miembros de este grupo no son participantes del centro ({count}).</translation>
    </message>
    <message>
        <source>Some results could not be confirmed ({count}); they will be sent again.</source>
        <translation>No se ha podido confirmar la recepción de algunos resultados ({count}); se enviarán de nuevo.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Empezado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Text size must be between 100% and 200%.</source>
        <translation>El tamaño del texto debe estar entre el 100 % y el 200 %.</translation>
    </message>
    <message>
        <source>That course is not on this PC.</source>
        <translation>Ese curso no está en este ordenador.</translation>
    </message>
    <message>
        <source>That task is not in the list of tasks.</source>
        <translation>Esa tarea no está en la lista de tareas.</translation>
    </message>
    <message>
        <source>That task shows a different competence.</source>
        <translation>Esa tarea corresponde a otra competencia.</translation>
    </message>
    <message>
        <source>The LRS address must start with https:// so that results travel safely.</source>
        <translation>La dirección del LRS debe empezar por https:// para que los resultados viajen de forma segura.</translation>
    </message>
    <message>
        <source>The LRS address should look like https://lrs.example.org/xAPI/</source>
        <translation>La dirección del LRS debería tener esta forma: https://lrs.example.org/xAPI/</translation>
    </message>
    <message>
        <source>The LRS answered, but not with a list of statements.</source>
        <translation>El LRS ha respondido, pero no con una lista de resultados.</translation>
    </message>
    <message>
        <source>The LRS answered, but not with the list of stored statements.</source>
        <translation>El LRS ha respondido, pero no con la lista de resultados guardados.</translation>
    </message>
    <message>
        <source>The LRS cannot be reached; results are kept here and sent later.</source>
        <translation>No se puede conectar con el LRS; los resultados se guardan aquí y se enviarán más tarde.</translation>
    </message>
    <message>
        <source>The LRS gave an unexpected answer (HTTP {status}).</source>
        <translation>El LRS ha dado una respuesta inesperada (HTTP {status}).</translation>
    </message>
    <message>
        <source>The LRS has a problem of its own (HTTP {status}); trying later.</source>
        <translation>El LRS tiene un problema propio (HTTP {status}); se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The LRS keeps sending us elsewhere; please check the address.</source>
        <translation>El LRS nos redirige una y otra vez a otro sitio; compruebe la dirección.</translation>
    </message>
    <message>
        <source>The LRS refused the statement (HTTP {status}): {detail}</source>
        <translation>El LRS ha rechazado el resultado (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>The LRS sent a broken link to the next page.</source>
        <translation>El LRS ha enviado un enlace roto a la página siguiente.</translation>
    </message>
    <message>
        <source>The LRS sent an answer far too large to be statements.</source>
        <translation>El LRS ha enviado una respuesta demasiado grande para ser una lista de resultados.</translation>
    </message>
    <message>
        <source>The LRS sent an answer that cannot be read.</source>
        <translation>El LRS ha enviado una respuesta que no se puede leer.</translation>
    </message>
    <message>
        <source>The LRS sent us to another address ({host}); nothing was sent there.</source>
        <translation>El LRS nos ha redirigido a otra dirección ({host}); no se ha enviado nada allí.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {file}: {reason}. Check that the USB stick is plugged in and has free space. Nothing was saved.</source>
        <translation>No se ha podido guardar el PDF como {file}: {reason}. Compruebe que la memoria USB está conectada y tiene espacio libre. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {file}: {reason}. Nothing was saved.</source>
        <translation>No se ha podido guardar el PDF como {file}: {reason}. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>The bundle cannot be read ({reason}).</source>
        <translation>No se puede leer el paquete ({reason}).</translation>
    </message>
    <message>
        <source>The centre key does not open this bundle. Please check the key.</source>
        <translation>La clave del centro no abre este paquete. Compruebe la clave.</translation>
    </message>
    <message>
        <source>The centre key needs at least {limit} characters.</source>
        <translation>La clave del centro es demasiado corta. Número mínimo de caracteres: {limit}.</translation>
    </message>
    <message>
        <source>The centre needs at least one trainer account.</source>
        <translation>El centro necesita al menos una cuenta de formador.</translation>
    </message>
    <message>
        <source>The course “{title}” comes with SkillsApp and cannot be replaced from a file. It is updated together with SkillsApp.</source>
        <translation>El curso “{title}” viene con SkillsApp y no se puede sustituir desde un archivo. Se actualiza junto con SkillsApp.</translation>
    </message>
    <message>
        <source>The course “{title}” is already installed in version {installed}. This file holds version {version}, which is not newer, so nothing was changed.</source>
        <translation>El curso “{title}” ya está instalado en la versión {installed}. Este archivo contiene la versión {version}, que no es más reciente, así que no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The day to finish by has already passed. Please choose today or a later day.</source>
        <translation>Esa fecha ya ha pasado. Elija hoy o un día posterior.</translation>
    </message>
    <message>
        <source>The day you watched the task cannot be in the future.</source>
        <translation>El día en que observó la tarea no puede ser posterior a hoy.</translation>
    </message>
    <message>
        <source>The disk where SkillsApp keeps its records ({folder}) is full. Please make some room on it (for example, empty the recycle bin), then start SkillsApp again. Nothing has been changed.</source>
        <translation>El disco donde SkillsApp guarda sus registros ({folder}) está lleno. Libere algo de espacio en él (por ejemplo, vacíe la papelera de reciclaje) y vuelva a abrir SkillsApp. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The key or secret is wrong.</source>
        <translation>La clave o la clave secreta no son correctas.</translation>
    </message>
    <message>
        <source>The learning records in {file} were saved by a newer version of SkillsApp (data version {found}, this version reads up to {known}). Please install the newer version; nothing has been changed.</source>
        <translation>Los registros de aprendizaje de {file} se guardaron con una versión más reciente de SkillsApp (versión de datos {found}; esta versión lee hasta la {known}). Instale la versión más reciente; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The learning records on this PC ({file}) are damaged and cannot be opened ({detail}).</source>
        <translation>Los registros de aprendizaje de este ordenador ({file}) están dañados y no se pueden abrir ({detail}).</translation>
    </message>
    <message>
        <source>The level must be a whole number from {low} to {high}.</source>
        <translation>El nivel debe ser un número entero del {low} al {high}.</translation>
    </message>
    <message>
        <source>The password can have at most {limit} characters.</source>
        <translation>La contraseña es demasiado larga. Número máximo de caracteres: {limit}.</translation>
    </message>
    <message>
        <source>The password contains characters that cannot be typed. Please try again.</source>
        <translation>La contraseña contiene caracteres que no se pueden escribir con el teclado. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The password needs at least {limit} characters.</source>
        <translation>La contraseña es demasiado corta. Número mínimo de caracteres: {limit}.</translation>
    </message>
    <message>
        <source>The period ends before it starts. Please swap the two dates.</source>
        <translation>El periodo termina antes de empezar. Intercambie las dos fechas.</translation>
    </message>
    <message>
        <source>The printer reported a problem and the pages may not have come out. Check that it is switched on and has paper, then try again.</source>
        <translation>La impresora ha indicado un problema y puede que las páginas no hayan salido. Compruebe que está encendida y tiene papel, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The report could not be saved as {file}: {reason}. Check that the USB stick is plugged in, has free space and is not write-protected. Nothing was saved.</source>
        <translation>No se ha podido guardar el informe como {file}: {reason}. Compruebe que la memoria USB está conectada, tiene espacio libre y no está protegida contra escritura. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>The resident needs to agree that the centre keeps their learning records, otherwise their progress cannot be saved.</source>
        <translation>Hace falta el consentimiento para que el centro guarde los registros de aprendizaje; sin él no se puede guardar el progreso.</translation>
    </message>
    <message>
        <source>The steps of this task are numbered 1 to {count}.</source>
        <translation>Los pasos de esta tarea van numerados del 1 al {count}.</translation>
    </message>
    <message>
        <source>The {field} contains characters that cannot be shown. Please type it again.</source>
        <translation>El {field} contiene caracteres que no se pueden mostrar. Escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>The {field} is too long: please use at most {limit} letters.</source>
        <translation>El {field} es demasiado largo. Número máximo de letras: {limit}.</translation>
    </message>
    <message>
        <source>The {field} needs at least one letter.</source>
        <translation>El {field} debe tener al menos una letra.</translation>
    </message>
    <message>
        <source>There are no groups yet.</source>
        <translation>Todavía no hay grupos.</translation>
    </message>
    <message>
        <source>There are no learners yet.</source>
        <translation>Todavía no hay alumnos.</translation>
    </message>
    <message>
        <source>There is no group called “{name}”. The groups are: {names}.</source>
        <translation>No hay ningún grupo llamado «{name}». Los grupos son: {names}.</translation>
    </message>
    <message>
        <source>There is no learner called “{name}”.</source>
        <translation>No hay ningún alumno llamado «{name}».</translation>
    </message>
    <message>
        <source>There is no report called “{name}”. The reports are: {names}.</source>
        <translation>No hay ningún informe llamado «{name}». Los informes son: {names}.</translation>
    </message>
    <message>
        <source>There is no room left on the disk that holds {folder}, or it cannot be written to. Please free some space (or ask whoever looks after this PC) and start SkillsApp again. Your records are safe; nothing was changed.</source>
        <translation>No queda espacio en el disco donde está {folder}, o no se puede escribir en él. Libere algo de espacio (o pida ayuda a la persona que se ocupa de este ordenador) y vuelva a abrir SkillsApp. Sus registros están a salvo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This PC already belongs to a centre.</source>
        <translation>Este ordenador ya pertenece a un centro.</translation>
    </message>
    <message>
        <source>This bundle belongs to another centre ({centre}), not to this one. Nothing was imported.</source>
        <translation>Este paquete pertenece a otro centro ({centre}), no a este. No se ha importado nada.</translation>
    </message>
    <message>
        <source>This bundle has been changed since it was made, or it was made with another centre key. Nothing was imported.</source>
        <translation>Este paquete se ha modificado después de crearse, o se creó con otra clave del centro. No se ha importado nada.</translation>
    </message>
    <message>
        <source>This bundle unpacks to far more data than a centre can hold. Nothing was imported.</source>
        <translation>Al descomprimirlo, este paquete ocuparía muchos más datos de los que puede tener un centro. No se ha importado nada.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of SkillsApp ({version}). Please update SkillsApp on this PC first. Nothing was imported.</source>
        <translation>Este paquete se creó con una versión más reciente de SkillsApp ({version}). Actualice primero SkillsApp en este ordenador. No se ha importado nada.</translation>
    </message>
    <message>
        <source>This course pack is protected with a password; make the zip again without one.</source>
        <translation>Este paquete de curso está protegido con contraseña; vuelva a crear el zip sin contraseña.</translation>
    </message>
    <message>
        <source>This course pack would take {size} MB once unpacked; at most {limit} MB is allowed.</source>
        <translation>Este paquete de curso ocuparía {size} MB una vez descomprimido; el máximo permitido es {limit} MB.</translation>
    </message>
    <message>
        <source>This file cannot be read: {reason}.</source>
        <translation>No se puede leer este archivo: {reason}.</translation>
    </message>
    <message>
        <source>This file holds {count} files; a course pack may hold at most {limit}. It is probably not a course pack.</source>
        <translation>Este archivo contiene demasiados archivos ({count}); un paquete de curso puede contener {limit} como máximo. Probablemente no es un paquete de curso.</translation>
    </message>
    <message>
        <source>This file holds “{name}” twice.</source>
        <translation>Este archivo contiene “{name}” dos veces.</translation>
    </message>
    <message>
        <source>This file is damaged or was made in a way SkillsApp cannot open; make the zip again with an ordinary zip program.</source>
        <translation>Este archivo está dañado o se creó de una forma que SkillsApp no puede abrir; vuelva a crear el zip con un programa de compresión corriente.</translation>
    </message>
    <message>
        <source>This file is not a SkillsApp bundle. Nothing was imported.</source>
        <translation>Este archivo no es un paquete de SkillsApp. No se ha importado nada.</translation>
    </message>
    <message>
        <source>This file is not a complete SkillsApp bundle (it may have been cut short while copying). Please copy it again. Nothing was imported.</source>
        <translation>Este archivo no es un paquete de SkillsApp completo (puede que la copia se haya interrumpido). Cópielo de nuevo. No se ha importado nada.</translation>
    </message>
    <message>
        <source>This file is not a course pack: it has no course.yaml.</source>
        <translation>Este archivo no es un paquete de curso: no tiene course.yaml.</translation>
    </message>
    <message>
        <source>This file is not a course pack: it is not a zip file, or it is damaged or incomplete (copy it to the USB stick again).</source>
        <translation>Este archivo no es un paquete de curso: no es un archivo zip, o está dañado o incompleto (cópielo de nuevo en la memoria USB).</translation>
    </message>
    <message>
        <source>This file is not a safe course pack.</source>
        <translation>Este archivo no es un paquete de curso seguro.</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: it would unpack to far more data than it holds (a &apos;zip bomb&apos;).</source>
        <translation>Este archivo no es un paquete de curso seguro: al descomprimirlo ocuparía muchísimo más de lo que contiene (una “bomba zip”).</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: “{name}” is a link or a special file, not a plain file.</source>
        <translation>Este archivo no es un paquete de curso seguro: “{name}” es un enlace o un archivo especial, no un archivo normal.</translation>
    </message>
    <message>
        <source>This file is not a safe course pack: “{name}” would be written outside the course folder.</source>
        <translation>Este archivo no es un paquete de curso seguro: “{name}” se escribiría fuera de la carpeta del curso.</translation>
    </message>
    <message>
        <source>This learner is not registered at this centre.</source>
        <translation>Este participante no está inscrito en este centro.</translation>
    </message>
    <message>
        <source>This learner&apos;s profile is archived; restore it first.</source>
        <translation>El perfil de este participante está archivado; restáurelo primero.</translation>
    </message>
    <message>
        <source>This trainer account is archived.</source>
        <translation>Esta cuenta de formador está archivada.</translation>
    </message>
    <message>
        <source>This trainer could not be saved. Please try again.</source>
        <translation>No se ha podido guardar este formador. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Time spent learning at the centre, in hours: {hours}</source>
        <translation>Tiempo de aprendizaje en el centro, en horas: {hours}</translation>
    </message>
    <message>
        <source>Too few to report</source>
        <translation>Demasiado pocos para informar</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Why help may be needed</source>
        <translation>Por qué puede necesitar ayuda</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>centre name</source>
        <translation>nombre del centro</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>nombre del grupo</translation>
    </message>
    <message>
        <source>it is not a SkillsApp database file</source>
        <translation>no es un archivo de datos de SkillsApp</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>trainer&apos;s name</source>
        <translation>nombre del formador</translation>
    </message>
    <message>
        <source>{name} has no certificate for the course “{course}” yet: it comes when the course is finished.</source>
        <translation>{name} todavía no tiene certificado del curso «{course}»: llega al terminar el curso.</translation>
    </message>
    <message>
        <source>{name} is already in the group “{group}”.</source>
        <translation>{name} ya está en el grupo «{group}».</translation>
    </message>
    <message>
        <source>“{code}” is not a DigComp competence.</source>
        <translation>“{code}” no es una competencia de DigComp.</translation>
    </message>
</context>
<context>
    <name>MyData</name>
    <message>
        <source>What happens in the learning record store (LRS): it only ever received results under a number, never a name. Results it already received are marked as withdrawn (voided), so reports no longer count them, but the store keeps a record that they existed.</source>
        <translation>Qué pasa en el registro de resultados (LRS): solo ha recibido resultados con un número, nunca con un nombre. Los resultados que ya recibió se marcan como retirados (voided), así que los informes ya no los cuentan, pero el registro guarda constancia de que existieron.</translation>
    </message>
    <message>
        <source>The centre keeps your learning records.</source>
        <translation>El centro guarda sus registros de aprendizaje.</translation>
    </message>
    <message>
        <source>Your results are counted, without your name, by the programme.</source>
        <translation>El programa cuenta sus resultados, sin su nombre.</translation>
    </message>
    <message>
        <source>Your results are not shared with the programme.</source>
        <translation>Sus resultados no se comparten con el programa.</translation>
    </message>
    <message>
        <source>You agreed on %1.</source>
        <translation>Lo aceptó el %1.</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Su perfil</translation>
    </message>
    <message>
        <source>First name %1; language %2; %3; tile colour and picture.</source>
        <translation>Nombre: %1; idioma: %2; %3; color y dibujo de la tarjeta.</translation>
    </message>
    <message>
        <source>a PIN is set</source>
        <translation>con PIN</translation>
    </message>
    <message>
        <source>no PIN</source>
        <translation>sin PIN</translation>
    </message>
    <message>
        <source>About you (optional)</source>
        <translation>Sobre usted (opcional)</translation>
    </message>
    <message>
        <source>Gender: %1. Age: %2.</source>
        <translation>Género: %1. Edad: %2.</translation>
    </message>
    <message>
        <source>What you agreed to</source>
        <translation>Lo que ha aceptado</translation>
    </message>
    <message>
        <source>Your courses</source>
        <translation>Sus cursos</translation>
    </message>
    <message>
        <source>%1 started, %2 finished.</source>
        <translation>Empezados: %1; terminados: %2.</translation>
    </message>
    <message>
        <source>Your visits</source>
        <translation>Sus visitas</translation>
    </message>
    <message numerus="yes">
        <source>You came on %n day(s).</source>
        <translation>
            <numerusform>Ha venido %n día.</numerusform>
            <numerusform>Ha venido %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your groups</source>
        <translation>Sus grupos</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>Your learning records</source>
        <translation>Sus registros de aprendizaje</translation>
    </message>
    <message numerus="yes">
        <source>%n records of what you did (lessons opened, answers given, courses finished, self-checks).</source>
        <translation>
            <numerusform>%n registro de lo que ha hecho (lecciones abiertas, respuestas dadas, cursos terminados, autoevaluaciones).</numerusform>
            <numerusform>%n registros de lo que ha hecho (lecciones abiertas, respuestas dadas, cursos terminados, autoevaluaciones).</numerusform>
        </translation>
    </message>
    <message>
        <source>woman</source>
        <translation>mujer</translation>
    </message>
    <message>
        <source>man</source>
        <translation>hombre</translation>
    </message>
    <message>
        <source>another gender</source>
        <translation>otro género</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>sin indicar</translation>
    </message>
</context>
<context>
    <name>MyDataScreen</name>
    <message>
        <source>Save a copy of my data (with a trainer)</source>
        <translation>Guardar una copia de mis datos (con un formador)</translation>
    </message>
    <message>
        <source>Erase my data (with a trainer)</source>
        <translation>Borrar mis datos (con un formador)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Mis datos</translation>
    </message>
    <message>
        <source>This is everything SkillsApp keeps about you.</source>
        <translation>Esto es todo lo que SkillsApp guarda sobre usted.</translation>
    </message>
    <message>
        <source>A trainer helps you save a copy of your data.</source>
        <translation>Un formador le ayuda a guardar una copia de sus datos.</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Elija dónde guardar</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>A trainer helps you erase your data.</source>
        <translation>Un formador le ayuda a borrar sus datos.</translation>
    </message>
</context>
<context>
    <name>OrderInput</name>
    <message>
        <source>Steps to put in order</source>
        <translation>Pasos para poner en orden</translation>
    </message>
    <message>
        <source>Choose a step with the arrow keys. Ctrl and an arrow key move it.</source>
        <translation>Elija un paso con las teclas de flecha. Ctrl y una flecha lo mueven.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the chosen step up</source>
        <translation>Subir el paso elegido</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the chosen step down</source>
        <translation>Bajar el paso elegido</translation>
    </message>
    <message>
        <source>Choose a step, then press “Move up” or “Move down”. With the keyboard: the arrow keys choose a step, Ctrl and an arrow key move it.</source>
        <translation>Elija un paso y pulse «Subir» o «Bajar». Con el teclado: las flechas eligen un paso; Ctrl y una flecha lo mueven.</translation>
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
        <translation>Enviado a la impresora: %1</translation>
    </message>
</context>
<context>
    <name>PcSettings</name>
    <message>
        <source>Text size on the start screen</source>
        <translation>Tamaño del texto en la pantalla de inicio</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Strong contrast on the start screen</source>
        <translation>Contraste alto en la pantalla de inicio</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Sign out after no activity for</source>
        <translation>Cerrar la sesión tras un tiempo sin actividad de</translation>
    </message>
    <message>
        <source>Lessons may open web pages (after asking)</source>
        <translation>Las lecciones pueden abrir páginas web (después de preguntar)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo que se hizo</translation>
    </message>
    <message>
        <source>These settings are for this PC only.</source>
        <translation>Estos ajustes son solo para este ordenador.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>No se han podido guardar los ajustes: %1</translation>
    </message>
    <message>
        <source>Saved. The start screen of this PC uses these settings from now on.</source>
        <translation>Guardado. La pantalla de inicio de este ordenador usa ahora estos ajustes.</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Your PIN</source>
        <translation>Su PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Erase the last number</source>
        <translation>Borrar la última cifra</translation>
    </message>
    <message>
        <source>Type your PIN</source>
        <translation>Escriba su PIN</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait until %1 or ask your trainer to unlock.</source>
        <translation>Ha escrito un PIN incorrecto demasiadas veces. Espere hasta las %1 o pida a su formador que lo desbloquee.</translation>
    </message>
    <message>
        <source>That PIN is not right. You can try once more.</source>
        <translation>Ese PIN no es correcto. Puede intentarlo una vez más.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. You can try %n more times.</source>
        <translation>
            <numerusform>Ese PIN no es correcto. Puede intentarlo %n vez más.</numerusform>
            <numerusform>Ese PIN no es correcto. Puede intentarlo %n veces más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizResult</name>
    <message>
        <source>Well done! You finished the whole course.</source>
        <translation>¡Muy bien! Ha terminado el curso completo.</translation>
    </message>
    <message>
        <source>Well done! You passed this lesson.</source>
        <translation>¡Muy bien! Ha superado esta lección.</translation>
    </message>
    <message>
        <source>Not yet. Read the parts below again, then try the quiz once more.</source>
        <translation>Todavía no. Vuelva a leer las partes de abajo y luego repita el cuestionario.</translation>
    </message>
    <message>
        <source>Your certificate is ready. You find it under “My certificates” on your home page.</source>
        <translation>Su certificado está listo. Lo encontrará en «Mis certificados», en su página de inicio.</translation>
    </message>
    <message>
        <source>Your result: %1 of %2 right at the first try.</source>
        <translation>Su resultado: %1 de %2 acertadas a la primera.</translation>
    </message>
    <message>
        <source>You need %1 of %2 right at the first try to pass.</source>
        <translation>Para superarlo necesita %1 de %2 acertadas a la primera.</translation>
    </message>
    <message>
        <source>You need %1 right in a row at the first try to pass.</source>
        <translation>Para superarlo necesita %1 acertadas seguidas a la primera.</translation>
    </message>
    <message>
        <source>Not right at the first try:</source>
        <translation>No acertadas a la primera:</translation>
    </message>
    <message>
        <source>Read “%1” again</source>
        <translation>Volver a leer «%1»</translation>
    </message>
    <message>
        <source>Read the lesson again</source>
        <translation>Volver a leer la lección</translation>
    </message>
    <message>
        <source>Try the quiz again</source>
        <translation>Repetir el cuestionario</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Volver al curso</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Check my answer</source>
        <translation>Comprobar mi respuesta</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentarlo de nuevo</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <source>Back to the lesson</source>
        <translation>Volver a la lección</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>See my result</source>
        <translation>Ver mi resultado</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>No del todo</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>Steps in the right place: %1 of %2</source>
        <translation>Pasos en el lugar correcto: %1 de %2</translation>
    </message>
    <message>
        <source>Pairs that are right: %1 of %2</source>
        <translation>Parejas correctas: %1 de %2</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Recovery sheet</source>
        <translation>Hoja de recuperación</translation>
    </message>
    <message>
        <source>Centre key</source>
        <translation>Clave del centro</translation>
    </message>
    <message>
        <source>No centre key is set on this PC.</source>
        <translation>En este ordenador no hay ninguna clave del centro.</translation>
    </message>
    <message>
        <source>Centre number: %1</source>
        <translation>Número del centro: %1</translation>
    </message>
    <message>
        <source>What the centre key is for</source>
        <translation>Para qué sirve la clave del centro</translation>
    </message>
    <message>
        <source>You need it to set up another PC of this centre (choose “Join an existing centre”).</source>
        <translation>La necesita para preparar otro ordenador del centro (elija «Unir este ordenador a un centro existente»).</translation>
    </message>
    <message>
        <source>You need it to read a USB stick with results from this centre.</source>
        <translation>La necesita para leer una memoria USB con resultados de este centro.</translation>
    </message>
    <message>
        <source>It protects the residents’ names, PINs and consent. Anyone who has the key and the centre’s LRS password can read them. The LRS never sees the key.</source>
        <translation>Protege los nombres, los PIN y los consentimientos de los participantes. Quien tenga la clave y la contraseña del LRS del centro puede leerlos. El LRS nunca ve la clave.</translation>
    </message>
    <message>
        <source>If the key is lost, the results stay safe, but new PCs cannot read the residents’ details.</source>
        <translation>Si se pierde la clave, los resultados siguen a salvo, pero los ordenadores nuevos no pueden leer los datos de los participantes.</translation>
    </message>
    <message>
        <source>Where to keep this sheet</source>
        <translation>Dónde guardar esta hoja</translation>
    </message>
    <message>
        <source>Lock it away, for example in the centre’s safe or a locked drawer.</source>
        <translation>Guárdela bajo llave, por ejemplo en la caja fuerte del centro o en un cajón con cerradura.</translation>
    </message>
    <message>
        <source>Do not keep it next to the PC. Do not send it by e-mail and do not take a photo of it.</source>
        <translation>No la deje junto al ordenador. No la envíe por correo electrónico ni le haga fotos.</translation>
    </message>
    <message>
        <source>Tell one other person you trust where it is.</source>
        <translation>Diga a otra persona de confianza dónde está.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Impreso el %1</translation>
    </message>
</context>
<context>
    <name>ReportPaper</name>
    <message>
        <source>%1, made on %2</source>
        <translation>%1, elaborado el %2</translation>
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
        <translation>Tabla del informe</translation>
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
        <translation>Lo que se ha guardado</translation>
    </message>
    <message>
        <source>Table as on screen (*.csv)</source>
        <translation>Tabla como en pantalla (*.csv)</translation>
    </message>
    <message>
        <source>Data with codes, for other programs (*.csv)</source>
        <translation>Datos con códigos, para otros programas (*.csv)</translation>
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
        <translation>Informe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Mostrar el informe</translation>
    </message>
    <message>
        <source>Certificate code</source>
        <translation>Código del certificado</translation>
    </message>
    <message>
        <source>Check a certificate</source>
        <translation>Comprobar un certificado</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>No certificate of this centre has that code. Check the letters again.</source>
        <translation>Ningún certificado de este centro tiene ese código. Revise de nuevo las letras.</translation>
    </message>
    <message>
        <source>Genuine: %1 finished “%2” on %3.</source>
        <translation>Auténtico: %1 terminó “%2” el %3.</translation>
    </message>
</context>
<context>
    <name>ResidentHome</name>
    <message>
        <source>A−  Smaller text</source>
        <translation>A−  Letra más pequeña</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Letra más pequeña</translation>
    </message>
    <message>
        <source>A+  Bigger text</source>
        <translation>A+  Letra más grande</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Letra más grande</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Strong contrast (white on black)</source>
        <translation>Contraste alto (blanco sobre negro)</translation>
    </message>
    <message>
        <source>Check my digital skills</source>
        <translation>Comprobar mis competencias digitales</translation>
    </message>
    <message>
        <source>My skills</source>
        <translation>Mis competencias</translation>
    </message>
    <message>
        <source>My certificates</source>
        <translation>Mis certificados</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Mis datos</translation>
    </message>
    <message>
        <source>From your trainer</source>
        <translation>De su formador</translation>
    </message>
    <message>
        <source>Recommended for you</source>
        <translation>Recomendados para usted</translation>
    </message>
    <message>
        <source>My courses</source>
        <translation>Mis cursos</translation>
    </message>
    <message>
        <source>More courses</source>
        <translation>Más cursos</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>¡Hola, %1!</translation>
    </message>
    <message>
        <source>Choose a course to start. Your progress is saved as you go. When you are done, press Finish at the top.</source>
        <translation>Elija un curso para empezar. Lo que avance se guarda sobre la marcha. Cuando acabe, pulse Terminar, arriba.</translation>
    </message>
    <message>
        <source>Continue where I left off: %1 – %2</source>
        <translation>Seguir donde lo dejé: %1 – %2</translation>
    </message>
    <message>
        <source>Please finish by %1</source>
        <translation>Por favor, termínelo como muy tarde el %1</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>My certificates (%1)</source>
        <translation>Mis certificados (%1)</translation>
    </message>
    <message>
        <source>Not sure where to start? “Check my digital skills” suggests courses.</source>
        <translation>¿No sabe por dónde empezar? “Comprobar mis competencias digitales” le sugiere cursos.</translation>
    </message>
    <message>
        <source>My skills (levels 1–8): %1</source>
        <translation>Mis competencias (niveles 1–8): %1</translation>
    </message>
    <message>
        <source>Text size %1</source>
        <translation>Tamaño del texto: %1</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentScreen</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the previous statement</source>
        <translation>Volver a la frase anterior</translation>
    </message>
    <message>
        <source>Pause and finish later</source>
        <translation>Parar y terminar más tarde</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>%1: what do you know?</source>
        <translation>%1: ¿qué sabes?</translation>
    </message>
    <message>
        <source>Statement %1 of %2</source>
        <translation>Frase %1 de %2</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>%1 (your answer)</source>
        <translation>%1 (tu respuesta)</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>No del todo.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Name of the centre</source>
        <translation>Nombre del centro</translation>
    </message>
    <message>
        <source>for example: Village hall of Lindenau</source>
        <translation>por ejemplo: Centro social de Lindenau</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Idioma predeterminado</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Welcome to SkillsApp</source>
        <translation>Le damos la bienvenida a SkillsApp</translation>
    </message>
    <message>
        <source>Set up a new centre</source>
        <translation>Crear un centro nuevo</translation>
    </message>
    <message>
        <source>Join an existing centre</source>
        <translation>Unir este ordenador a un centro existente</translation>
    </message>
    <message>
        <source>For another PC of a centre that already uses SkillsApp</source>
        <translation>Para otro ordenador de un centro que ya usa SkillsApp</translation>
    </message>
    <message>
        <source>Is this the first PC of your centre, or does your centre already use SkillsApp on another PC?</source>
        <translation>¿Es este el primer ordenador de su centro, o su centro ya usa SkillsApp en otro ordenador?</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Hoja de recuperación</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Your centre key</source>
        <translation>La clave de su centro</translation>
    </message>
    <message>
        <source>Print or save this sheet and keep it locked away. You need the centre key to set up another PC of the centre.</source>
        <translation>Imprima o guarde esta hoja y consérvela bajo llave. Necesitará la clave del centro para preparar otro ordenador del centro.</translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation>Imprimir la hoja de recuperación…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>Guardar la hoja de recuperación como PDF</translation>
    </message>
    <message>
        <source>Let&apos;s set up this PC for your centre. Step 1 of 2: the centre. You can change these later.</source>
        <translation>Vamos a preparar este ordenador para su centro. Paso 1 de 2: el centro. Puede cambiar estos datos más adelante.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Al menos 8 caracteres</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Create the centre</source>
        <translation>Crear el centro</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Contraseña (al menos 8 caracteres)</translation>
    </message>
    <message>
        <source>The first trainer account</source>
        <translation>La primera cuenta de formador</translation>
    </message>
    <message>
        <source>Step 2 of 2: you. Trainers sign in with this password to add learners and follow their progress.</source>
        <translation>Paso 2 de 2: usted. Los formadores entran con esta contraseña para dar de alta a los participantes y seguir su progreso.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
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
        <translation>Sus respuestas hasta ahora están guardadas. ¿Cerrar la sesión ahora?</translation>
    </message>
    <message>
        <source>No, go on with the quiz</source>
        <translation>No, seguir con el cuestionario</translation>
    </message>
    <message>
        <source>Yes, sign out</source>
        <translation>Sí, cerrar la sesión</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>SkillsApp is already open on this PC with the same records (%1). Please use the window that is open; if you cannot find it, restart the PC.</source>
        <translation>SkillsApp ya está abierta en este ordenador con los mismos registros (%1). Use la ventana que está abierta; si no la encuentra, reinicie el ordenador.</translation>
    </message>
</context>
<context>
    <name>SkillsCheckStart</name>
    <message>
        <source>Check my digital skills</source>
        <translation>Comprobar mis competencias digitales</translation>
    </message>
    <message>
        <source>You read short sentences like “I can send a photo by e-mail” and say how well they fit you. There are no wrong answers. It is not a test.</source>
        <translation>Va a leer frases cortas, como “Sé enviar una foto por correo electrónico”, y a decir hasta qué punto le describen. No hay respuestas incorrectas. No es un examen.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Seguir donde lo dejé</translation>
    </message>
    <message>
        <source>A quick check of one topic (about 10 minutes):</source>
        <translation>Una comprobación rápida de un tema (unos 10 minutos):</translation>
    </message>
    <message>
        <source>The full check of all topics (about 30 minutes)</source>
        <translation>La comprobación completa de todos los temas (unos 30 minutos)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>StartProblems</name>
    <message>
        <source>SkillsApp can put the damaged file aside (it is kept, not deleted) and bring back the newest automatic backup. Do that now?</source>
        <translation>SkillsApp puede apartar el archivo dañado (se conserva, no se borra) y recuperar la copia de seguridad automática más reciente. ¿Hacerlo ahora?</translation>
    </message>
    <message>
        <source>There was no usable backup. The damaged file was kept as %1; SkillsApp starts with empty records.</source>
        <translation>No había ninguna copia de seguridad utilizable. El archivo dañado se ha guardado como %1; SkillsApp empieza con los registros vacíos.</translation>
    </message>
    <message>
        <source>SkillsApp can put the damaged file aside (it is kept, not deleted) and bring back the newest automatic backup, then close; start it again afterwards. Do that now?</source>
        <translation>SkillsApp puede apartar el archivo dañado (se guarda, no se borra), recuperar la copia de seguridad automática más reciente y cerrarse; después, vuelva a abrirlo. ¿Hacerlo ahora?</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Trainer sign-in</source>
        <translation>Acceso para formadores</translation>
    </message>
    <message>
        <source>No learners yet. A trainer can add them after signing in.</source>
        <translation>Todavía no hay participantes. Un formador puede darlos de alta después de entrar.</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Le damos la bienvenida a %1</translation>
    </message>
    <message>
        <source>Choose your name to start.</source>
        <translation>Elija su nombre para empezar.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync state</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>✓ Results sent</source>
        <translation>✓ Resultados enviados</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to send %n result(s)</source>
        <translation>
            <numerusform>%n resultado pendiente de enviar</numerusform>
            <numerusform>%n resultados pendientes de enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: results are kept here</source>
        <translation>Sin conexión: los resultados se guardan aquí</translation>
    </message>
    <message>
        <source>Sync problem: see Sync in the trainer&apos;s tools</source>
        <translation>Problema de sincronización: vea Sincronización en las herramientas del formador</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>LRS address</source>
        <translation>Dirección del LRS</translation>
    </message>
    <message>
        <source>LRS key</source>
        <translation>Clave del LRS</translation>
    </message>
    <message>
        <source>LRS secret</source>
        <translation>Clave secreta del LRS</translation>
    </message>
    <message>
        <source>Also on metered connections (mobile data)</source>
        <translation>También con conexiones limitadas (datos móviles)</translation>
    </message>
    <message>
        <source>Answer of the LRS</source>
        <translation>Respuesta del LRS</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>No LRS is set up</source>
        <translation>No hay ningún LRS configurado</translation>
    </message>
    <message>
        <source>Results the LRS refused</source>
        <translation>Resultados rechazados por el LRS</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Export a bundle (USB)…</source>
        <translation>Exportar un paquete (USB)…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Importar un paquete…</translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation>Imprimir la hoja de recuperación…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF…</source>
        <translation>Guardar la hoja de recuperación como PDF…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Results are kept on this PC first and sent to the centre&apos;s record store (LRS) when there is a connection. Without one, use a bundle on a USB stick.</source>
        <translation>Los resultados se guardan primero en este ordenador y se envían al registro de resultados del centro (LRS) cuando hay conexión. Si no la hay, use un paquete en una memoria USB.</translation>
    </message>
    <message>
        <source>Results the LRS refused:</source>
        <translation>Resultados rechazados por el LRS:</translation>
    </message>
    <message>
        <source>Asking the LRS…</source>
        <translation>Consultando al LRS…</translation>
    </message>
    <message>
        <source>Sending and receiving…</source>
        <translation>Enviando y recibiendo…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Creando el paquete…</translation>
    </message>
    <message>
        <source>Wrote %1 results to %2.</source>
        <translation>Se han escrito %1 resultados en %2.</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>Leyendo el paquete…</translation>
    </message>
    <message>
        <source>Send and receive results by themselves when there is a connection</source>
        <translation>Enviar y recibir resultados automáticamente cuando haya conexión</translation>
    </message>
    <message>
        <source>Saved. Results stay on this PC until the LRS address, key and secret are all filled in.</source>
        <translation>Guardado. Los resultados se quedan en este ordenador hasta que se rellenen la dirección, la clave y el secreto del LRS.</translation>
    </message>
    <message>
        <source>Saved. Results are sent to the LRS whenever there is a connection.</source>
        <translation>Guardado. Los resultados se envían al LRS cada vez que haya conexión.</translation>
    </message>
    <message>
        <source>Saved. Results are sent only when you press Sync now.</source>
        <translation>Guardado. Los resultados solo se envían cuando pulse Sincronizar ahora.</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message numerus="yes">
        <source>No LRS is set up on this PC, so results are not sent anywhere yet. They are kept safely on this PC: nothing is lost (%n result(s) so far). To send them to the centre&apos;s record store, type the LRS address, key and secret that your coordinator gives you, press Test connection, then Save. Without a connection, carry the results to another PC with Export a bundle (USB).</source>
        <translation>
            <numerusform>En este ordenador no hay ningún LRS configurado, así que los resultados todavía no se envían a ningún sitio. Se guardan de forma segura en este ordenador: no se pierde nada (%n resultado hasta ahora). Para enviarlos al almacén de resultados del centro, escriba la dirección, la clave y el secreto del LRS que le dé su coordinador, pulse Probar la conexión y después Guardar. Sin conexión, lleve los resultados a otro ordenador con Exportar un paquete (USB).</numerusform>
            <numerusform>En este ordenador no hay ningún LRS configurado, así que los resultados todavía no se envían a ningún sitio. Se guardan de forma segura en este ordenador: no se pierde nada (%n resultados hasta ahora). Para enviarlos al almacén de resultados del centro, escriba la dirección, la clave y el secreto del LRS que le dé su coordinador, pulse Probar la conexión y después Guardar. Sin conexión, lleve los resultados a otro ordenador con Exportar un paquete (USB).</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>Último envío: %1</translation>
    </message>
    <message>
        <source>Last received: %1</source>
        <translation>Última recepción: %1</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>Pendientes de enviar: %1</translation>
    </message>
    <message>
        <source>Results are sent only when you press Sync now.</source>
        <translation>Los resultados solo se envían cuando pulse Sincronizar ahora.</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Último problema: %1</translation>
    </message>
    <message>
        <source>Imported %1 new results of %2.</source>
        <translation>Se han importado %1 resultados nuevos de %2.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Algo ha fallado: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2.</source>
        <translation>Enviados: %1; recibidos: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) refused by the LRS (listed below).</source>
        <translation>
            <numerusform>%n resultado rechazado por el LRS (en la lista de abajo).</numerusform>
            <numerusform>%n resultados rechazados por el LRS (en la lista de abajo).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
</context>
<context>
    <name>TextSizeButtons</name>
    <message>
        <source>Smaller text</source>
        <translation>Letra más pequeña</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl and minus)</source>
        <translation>Letra más pequeña (Ctrl y menos)</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Letra más grande</translation>
    </message>
    <message>
        <source>Bigger text (Ctrl and plus)</source>
        <translation>Letra más grande (Ctrl y más)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text size %1</source>
        <translation>Tamaño del texto: %1</translation>
    </message>
</context>
<context>
    <name>TrainerAssessmentScreen</name>
    <message>
        <source>Competence</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Observed level, 0 (not yet) to 8</source>
        <translation>Nivel observado, de 0 (todavía no) a 8</translation>
    </message>
    <message>
        <source>Task you watched</source>
        <translation>Tarea que ha observado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Day you watched the task</source>
        <translation>Día en que observó la tarea</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Guardar la evaluación</translation>
    </message>
    <message>
        <source>Self-assessed and trainer levels</source>
        <translation>Niveles de la autoevaluación y del formador</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formador</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Save profile as PDF</source>
        <translation>Guardar el perfil como PDF</translation>
    </message>
    <message>
        <source>Save Europass text</source>
        <translation>Guardar texto para Europass</translation>
    </message>
    <message>
        <source>Save Open Badges</source>
        <translation>Guardar Open Badges</translation>
    </message>
    <message>
        <source>Observed level</source>
        <translation>Nivel observado</translation>
    </message>
    <message>
        <source>Task watched</source>
        <translation>Tarea observada</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Pasos realizados</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Assess %1</source>
        <translation>Evaluar a %1</translation>
    </message>
    <message>
        <source>Flagged rows differ by 2 levels or more.</source>
        <translation>Las filas marcadas tienen una diferencia de 2 niveles o más.</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>Sin lista de comprobación</translation>
    </message>
    <message>
        <source>Differs by 2 or more</source>
        <translation>Diferencia de 2 o más</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo que se hizo</translation>
    </message>
    <message>
        <source>Saved: level %1 for %2.</source>
        <translation>Guardado: nivel %1 en %2.</translation>
    </message>
    <message>
        <source>Saved: “not yet” for %1.</source>
        <translation>Guardado: «todavía no» en %1.</translation>
    </message>
</context>
<context>
    <name>TrainerConfirm</name>
    <message>
        <source>A trainer confirms</source>
        <translation>Confirmación de un formador</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formador</translation>
    </message>
    <message>
        <source>Trainer&apos;s password</source>
        <translation>Contraseña del formador</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>That password is not right. Please try again.</source>
        <translation>Esa contraseña no es correcta. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>TrainerCourses</name>
    <message>
        <source>Courses on this PC</source>
        <translation>Cursos en este ordenador</translation>
    </message>
    <message>
        <source>Import a course from a file…</source>
        <translation>Importar un curso desde un archivo…</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo que se hizo</translation>
    </message>
    <message>
        <source>Courses come with SkillsApp. You can add new ones from a .zip file, for example from a USB stick. A file is checked before anything is installed.</source>
        <translation>SkillsApp ya trae cursos. Puede añadir otros nuevos desde un archivo .zip, por ejemplo de una memoria USB. El archivo se revisa antes de instalar nada.</translation>
    </message>
    <message>
        <source>%1  ·  version %2  ·  %3</source>
        <translation>%1  ·  versión %2  ·  %3</translation>
    </message>
    <message>
        <source>Choose a course file</source>
        <translation>Elija un archivo de curso</translation>
    </message>
    <message>
        <source>Course packs (*.zip)</source>
        <translation>Paquetes de cursos (*.zip)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Revisando el archivo…</translation>
    </message>
    <message>
        <source>Checking the course file…</source>
        <translation>Comprobando el archivo del curso…</translation>
    </message>
    <message>
        <source>Install this course?</source>
        <translation>¿Instalar este curso?</translation>
    </message>
    <message>
        <source>%1
Version %2
Languages: %3

%4

Install it on this PC?</source>
        <translation>%1
Versión %2
Idiomas: %3

%4

¿Quiere instalarlo en este ordenador?</translation>
    </message>
    <message>
        <source>Nothing was installed.</source>
        <translation>No se instaló nada.</translation>
    </message>
    <message>
        <source>Installing the course…</source>
        <translation>Instalando el curso…</translation>
    </message>
    <message>
        <source>“%1” version %2 is installed. Residents find it among the courses now.</source>
        <translation>«%1» versión %2 está instalado. Los participantes ya lo encuentran entre los cursos.</translation>
    </message>
    <message>
        <source>This course pack cannot be used, so nothing was installed. Please send it back to its author with this list:</source>
        <translation>Este paquete de curso no se puede usar, así que no se ha instalado nada. Devuélvalo a su autor con esta lista:</translation>
    </message>
    <message>
        <source>The file could not be read (%1). Nothing was installed.</source>
        <translation>No se ha podido leer el archivo (%1). No se ha instalado nada.</translation>
    </message>
</context>
<context>
    <name>TrainerForm</name>
    <message>
        <source>New trainer</source>
        <translation>Nuevo formador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Contraseña (al menos 8 caracteres)</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>TrainerHome</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
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
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Trabajo en curso</translation>
    </message>
    <message>
        <source>%1 The other tabs wait until this is done.</source>
        <translation>%1 Las demás pestañas esperan hasta que termine.</translation>
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
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Trainer sign-in</source>
        <translation>Acceso para formadores</translation>
    </message>
    <message>
        <source>That password is not right. Please try again.</source>
        <translation>Esa contraseña no es correcta. Inténtelo de nuevo.</translation>
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
        <translation>Nuevo formador</translation>
    </message>
    <message>
        <source>Close account</source>
        <translation>Cerrar la cuenta</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo que se hizo</translation>
    </message>
    <message>
        <source>Added the trainer account of %1. They sign in with their password.</source>
        <translation>Se añadió la cuenta de formador de %1. Entra con su contraseña.</translation>
    </message>
    <message>
        <source>Closed the account of %1.</source>
        <translation>Se cerró la cuenta de %1.</translation>
    </message>
</context>
<context>
    <name>UpdatingScreen</name>
    <message>
        <source>SkillsApp was updated and is bringing this PC&apos;s records up to date. This happens once; nothing is lost.</source>
        <translation>SkillsApp se ha actualizado y está poniendo al día los registros de este ordenador. Esto ocurre una sola vez; no se pierde nada.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Updating the records</source>
        <translation>Poniendo al día los registros</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 de %2 registros</translation>
    </message>
</context>
<context>
    <name>WaitingScreen</name>
    <message>
        <source>The courses are being prepared. Your screen opens by itself in a moment.</source>
        <translation>Se están preparando los cursos. Su pantalla se abrirá sola en un momento.</translation>
    </message>
    <message>
        <source>Preparing the courses</source>
        <translation>Preparando los cursos</translation>
    </message>
    <message>
        <source>One moment, please</source>
        <translation>Un momento, por favor</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Column headings</source>
        <translation>Encabezados de columna</translation>
    </message>
    <message>
        <source>Row headings</source>
        <translation>Encabezados de fila</translation>
    </message>
</context>
<context>
    <name>WorkProgress</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Step 1 of 2: reading the bundle (%1 of %2 results)</source>
        <translation>Paso 1 de 2: leyendo el paquete (%1 de %2 resultados)</translation>
    </message>
    <message>
        <source>Step 2 of 2: saving the results and updating everyone&apos;s progress</source>
        <translation>Paso 2 de 2: guardando los resultados y actualizando el progreso de todos</translation>
    </message>
    <message>
        <source>Writing the bundle: %1 of %2 results</source>
        <translation>Creando el paquete: %1 de %2 resultados</translation>
    </message>
    <message>
        <source>Sending results to the LRS: %1 of %2</source>
        <translation>Enviando resultados al LRS: %1 de %2</translation>
    </message>
    <message>
        <source>Receiving results from the LRS: %1 so far</source>
        <translation>Recibiendo resultados del LRS: %1 hasta ahora</translation>
    </message>
</context>
</TS>
