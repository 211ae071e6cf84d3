-- The schema you want, as plain CREATE statements in your database's own SQL.
-- Edit this file, then run 'shale generate NAME' to write the migration that gets there.

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email VARCHAR(320) NOT NULL UNIQUE,
    name VARCHAR(255),
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
