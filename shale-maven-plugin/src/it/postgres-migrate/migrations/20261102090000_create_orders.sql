-- create_orders
-- shale:up
CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL REFERENCES customers (id));

-- shale:down
DROP TABLE orders;
