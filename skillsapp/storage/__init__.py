"""SQLite storage: the data folder, the database connection, migrations and backups.

Nothing here imports Qt; everything here is safe to use from the command line.
"""
