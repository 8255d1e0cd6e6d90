-- Sample data for the data-quality area, shaped like the DVD-rental "payment" table. payment_id has
-- no key on purpose: the sample plants a duplicated id for the quality checks to find.
CREATE SCHEMA samples;

CREATE TABLE samples.payment (
    payment_id   INTEGER,
    customer_id  INTEGER,
    staff_id     INTEGER,
    rental_id    INTEGER,
    amount       NUMERIC(7, 2),
    payment_date TIMESTAMP
);
