"""SkillsApp: offline-first digital-skills training for rural community centres."""

__version__ = "0.1.0"
