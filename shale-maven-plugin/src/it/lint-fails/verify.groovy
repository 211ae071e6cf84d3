// The build failed because of the lint gate, with the rule that fired and nothing migrated.
def log = new File(basedir, 'build.log').text
assert log.contains('DS101')
assert log.contains("lint gate is 'needs approval'")
assert log.contains('BUILD FAILURE')
return true
