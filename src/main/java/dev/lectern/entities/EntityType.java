package dev.lectern.entities;

/** What an entity is: who, where, which organisation, which figure, or something else named. */
public enum EntityType {
    PERSON, PLACE, ORGANISATION, FIGURE, OTHER
}
