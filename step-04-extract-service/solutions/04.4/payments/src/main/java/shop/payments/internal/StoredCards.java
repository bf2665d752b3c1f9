package shop.payments.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import shop.payments.CardDetails;
import shop.payments.StoredCard;

/** The cards customers keep with payments, each known outside by a token. */
@Repository
@ConditionalOnProperty(name = "shop.payments.mode", havingValue = "in-process")
public class StoredCards {

    private final JdbcClient jdbc;

    public StoredCards(@Qualifier("paymentsJdbc") JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public StoredCard store(CardDetails card) {
        StoredCard stored = new StoredCard("card_" + UUID.randomUUID().toString().replace("-", ""), card.customerId(),
                card.lastFour());
        jdbc.sql("""
                        insert into stored_cards (token, customer_id, card_number, last_four, expiry_month, expiry_year)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(stored.token(), stored.customerId(), card.cardNumber(), stored.lastFour(), card.expiryMonth(),
                        card.expiryYear())
                .update();
        return stored;
    }

    /** The customer's card with this token; another customer's token finds nothing. */
    public Optional<StoredCard> find(String token, String customerId) {
        return jdbc.sql("select token, customer_id, last_four from stored_cards where token = ? and customer_id = ?")
                .params(token, customerId)
                .query(StoredCard.class)
                .optional();
    }
}
