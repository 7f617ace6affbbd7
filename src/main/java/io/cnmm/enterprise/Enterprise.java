package io.cnmm.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** An enterprise being assessed. */
@Entity
public class Enterprise {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    public String industry;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Enterprise create(String name, String industry) {
        Enterprise enterprise = new Enterprise();
        enterprise.id = UUID.randomUUID();
        enterprise.name = name;
        enterprise.industry = industry;
        enterprise.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS); // PostgreSQL's precision
        return enterprise;
    }
}
