package shop.database;

import java.time.Duration;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Spring Modulith's event publication registry in the shop's database: an event is stored in the transaction that
 * publishes it, once for each listener, and marked complete when that listener's own transaction commits. This class
 * creates the registry's table (schema {@code events}, migrations {@code db/events}) and hands what a listener left
 * undone back to it on a schedule; the registry itself does the same when the shop starts.
 */
@Component
@EnableScheduling
class EventPublicationRegistry {

    private final IncompleteEventPublications incomplete;

    private final Duration olderThan;

    EventPublicationRegistry(DataSource shop, IncompleteEventPublications incomplete,
            @Value("${shop.events.resubmit-older-than}") Duration olderThan) {
        Flyway.configure().dataSource(shop).schemas("events").locations("classpath:db/events").load().migrate();
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    /**
     * Only what has waited a while: a publication younger than that may still be in the hands of its listener, and
     * would then be handled twice.
     */
    @Scheduled(fixedDelayString = "${shop.events.resubmit-every}", initialDelayString = "${shop.events.resubmit-every}")
    void resubmitIncompletePublications() {
        incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
    }
}
