// The first build refused to migrate production; the second took a backup, recorded it, and migrated.
def log = new File(basedir, 'build.log').text
assert log.contains("'production' is a production environment and a build cannot confirm")
assert log.contains('shale: applied 1 migration(s)')
def backups = new File(basedir, 'backups').listFiles()
assert backups != null && backups.size() == 1
def connection = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, 'app.db').absolutePath, new Properties())
try {
    def row = connection.createStatement().executeQuery('SELECT version, backup_path, backup_bytes FROM shale_history')
    assert row.next()
    assert row.getString(1) == '20261101090000'
    assert row.getString(2) == backups[0].absolutePath
    assert row.getLong(3) == backups[0].length()
    assert !row.next()
} finally {
    connection.close()
}
assert log.contains('backup before it: ' + backups[0].absolutePath)
return true
