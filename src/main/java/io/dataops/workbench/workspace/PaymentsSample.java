package io.dataops.workbench.workspace;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Random;

/**
 * Fills {@code SAMPLES.PAYMENT} with DVD-rental-like payments from a fixed seed, so every workspace
 * holds the same rows and the planted problems sit at the same payment ids.
 */
final class PaymentsSample {

    static final int PAYMENTS = 3200;
    static final int NULL_AMOUNTS = 6;
    static final int DUPLICATED_PAYMENT_ID = 1500;
    static final int UNKNOWN_STAFF_ID = 7;
    static final String OUTLIER_AMOUNT = "1999.99";

    /** One row more than {@link #PAYMENTS}: the duplicated payment. */
    static final int ROWS = PAYMENTS + 1;

    private static final long SEED = 2005_02_14L;
    private static final LocalDateTime FIRST_DAY = LocalDateTime.of(2005, 2, 14, 0, 0);
    private static final int DAYS = 106;
    private static final int CUSTOMERS = 599;
    private static final int RENTALS = 16049;
    private static final String[] PRICES = {"0.99", "1.99", "2.99", "3.99", "4.99", "5.99", "6.99", "7.99", "8.99",
            "9.99", "10.99"};
    private static final int[] NULL_AMOUNT_IDS = {118, 561, 1034, 1777, 2240, 2891};
    private static final int NEGATIVE_ID = 812;
    private static final int FUTURE_ID = 2077;
    private static final int UNKNOWN_STAFF_PAYMENT_ID = 2533;
    private static final int OUTLIER_ID = 3021;

    private PaymentsSample() {
    }

    /** Inserts on the caller's connection, inside the caller's transaction. */
    static void insert(Connection connection) throws SQLException {
        Random random = new Random(SEED);
        long[] secondsFromStart = random.longs(PAYMENTS, 0, DAYS * 86_400L).sorted().toArray();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO samples.payment "
                + "(payment_id, customer_id, staff_id, rental_id, amount, payment_date) VALUES (?, ?, ?, ?, ?, ?)")) {
            Object[] duplicate = null;
            for (int i = 0; i < PAYMENTS; i++) {
                int id = i + 1;
                Object[] row = {id, 1 + random.nextInt(CUSTOMERS), staffFor(id, random), 1 + random.nextInt(RENTALS),
                        amountFor(id, random), dateFor(id, FIRST_DAY.plusSeconds(secondsFromStart[i]))};
                add(insert, row);
                if (id == DUPLICATED_PAYMENT_ID) {
                    duplicate = row;
                }
            }
            // The same payment recorded twice, as a double import would leave it.
            add(insert, duplicate);
            insert.executeBatch();
        }
    }

    private static int staffFor(int id, Random random) {
        int staff = 1 + random.nextInt(2);
        return id == UNKNOWN_STAFF_PAYMENT_ID ? UNKNOWN_STAFF_ID : staff;
    }

    private static BigDecimal amountFor(int id, Random random) {
        // Cheap rentals are the most common, as in the DVD-rental data.
        int priceIndex = Math.min(PRICES.length - 1, (int) Math.abs(random.nextGaussian() * 3) + 1);
        BigDecimal price = new BigDecimal(PRICES[priceIndex]);
        if (Arrays.stream(NULL_AMOUNT_IDS).anyMatch(nullId -> nullId == id)) {
            return null;
        }
        if (id == NEGATIVE_ID) {
            return new BigDecimal("-4.99");
        }
        return id == OUTLIER_ID ? new BigDecimal(OUTLIER_AMOUNT) : price;
    }

    private static LocalDateTime dateFor(int id, LocalDateTime date) {
        return id == FUTURE_ID ? date.withYear(2205) : date;
    }

    private static void add(PreparedStatement insert, Object[] row) throws SQLException {
        for (int column = 0; column < row.length; column++) {
            if (row[column] == null) {
                insert.setNull(column + 1, Types.NUMERIC);
            } else {
                insert.setObject(column + 1, row[column]);
            }
        }
        insert.addBatch();
    }
}
