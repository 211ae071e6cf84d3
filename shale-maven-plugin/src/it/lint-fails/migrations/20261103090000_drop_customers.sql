-- drop_customers
-- shale:up
DROP TABLE customers;

-- shale:down
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
