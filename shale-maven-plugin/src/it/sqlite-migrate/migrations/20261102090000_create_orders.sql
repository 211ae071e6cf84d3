-- create_orders
-- shale:up
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id));

-- shale:down
DROP TABLE orders;
