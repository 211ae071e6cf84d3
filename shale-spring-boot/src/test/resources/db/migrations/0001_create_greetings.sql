-- shale:up
CREATE TABLE greetings (id INTEGER PRIMARY KEY, text VARCHAR(50) NOT NULL);
INSERT INTO greetings (id, text) VALUES (1, 'hello');

-- shale:down
DROP TABLE greetings;
