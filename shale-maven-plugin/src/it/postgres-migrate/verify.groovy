// The history table of the fresh database records both migrations; the tables exist; no drift.
def matcher = shaleItPostgres =~ '^postgres(?:ql)?://(?:([^@/]*)@)?(.*)$'
assert matcher.matches()
def props = new Properties()
props.setProperty('user', matcher.group(1) ?: 'postgres')
def url = 'jdbc:postgresql://' + matcher.group(2)
def connection = new org.postgresql.Driver().connect(url + '/shale_maven_plugin_it', props)
try {
    def rows = []
    def result = connection.createStatement().executeQuery(
            'SELECT version, success FROM shale_history ORDER BY installed_rank')
    while (result.next()) {
        rows << [result.getString(1), result.getBoolean(2)]
    }
    assert rows == [['20261101090000', true], ['20261102090000', true]]
    def tables = connection.createStatement().executeQuery(
            "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('customers', 'orders')")
    tables.next()
    assert tables.getInt(1) == 2
} finally {
    connection.close()
}
def admin = new org.postgresql.Driver().connect(url + '/postgres', props)
try {
    admin.createStatement().execute('DROP DATABASE IF EXISTS shale_maven_plugin_it')
} finally {
    admin.close()
}
def log = new File(basedir, 'build.log').text
assert log.contains('shale: applied 2 migration(s)')
assert log.contains('shale: no drift')
return true
