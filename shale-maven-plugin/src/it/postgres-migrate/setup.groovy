// A fresh database for this run on the test server (see shale.it.postgres in the plugin's pom).
def server = shaleItPostgres.replaceFirst('^postgres(ql)?://', 'jdbc:postgresql://')
def matcher = server =~ '^jdbc:postgresql://(?:([^@/]*)@)?(.*)$'
assert matcher.matches()
def props = new Properties()
props.setProperty('user', matcher.group(1) ?: 'postgres')
def connection = new org.postgresql.Driver().connect('jdbc:postgresql://' + matcher.group(2) + '/postgres', props)
try {
    connection.createStatement().execute('DROP DATABASE IF EXISTS shale_maven_plugin_it')
    connection.createStatement().execute('CREATE DATABASE shale_maven_plugin_it')
} finally {
    connection.close()
}
return true
