// The history table records both migrations as applied, in order.
def db = new File(basedir, 'app.db')
assert db.isFile()
def connection = new org.sqlite.JDBC().connect('jdbc:sqlite:' + db.absolutePath, new Properties())
try {
    def rows = []
    def result = connection.createStatement().executeQuery(
            'SELECT version, script, success FROM shale_history ORDER BY installed_rank')
    while (result.next()) {
        rows << [result.getString(1), result.getString(2), result.getInt(3)]
    }
    assert rows == [['20261101090000', '20261101090000_create_customers.sql', 1],
                    ['20261102090000', '20261102090000_create_orders.sql', 1]]
} finally {
    connection.close()
}
def log = new File(basedir, 'build.log').text
assert log.contains('shale: applied 2 migration(s)')
assert log.contains('shale: the migrations are valid')
assert log.contains('shale: 20261102090000 create orders: applied')
// generate wrote the migration from the schema files: the new table only.
def generated = new File(basedir, 'migrations').listFiles().findAll { it.name.endsWith('_add_notes.sql') }
assert generated.size() == 1
def text = generated[0].text
assert text.contains('CREATE TABLE') && text.contains('notes')
assert !text.contains('CREATE TABLE customers')
assert new File(basedir, 'migrations/shale.sum').text.contains(generated[0].name)
return true
