-- Spring Modulith's event publication registry (its v2 layout). Every module publishes and completes events in its
-- own role's transactions, so every role may use this table, and nothing else of this schema.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

grant usage on schema events to public;
grant select, insert, update, delete on event_publication to public;
