-- create_customers
-- shale:up
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);

-- shale:down
DROP TABLE customers;
