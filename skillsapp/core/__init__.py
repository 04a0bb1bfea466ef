"""The Qt-free domain of SkillsApp: people, courses, competences, events and progress."""
