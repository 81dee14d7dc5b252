package org.microblog.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An API handler that answers without a token (every other one requires one: {@link TokenRequired}). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface PublicEndpoint {
}
