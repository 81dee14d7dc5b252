package org.microblog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@org.springframework.boot.context.properties.ConfigurationPropertiesScan
public class MicroblogApplication {
    public static void main(String[] args) {
        SpringApplication.run(MicroblogApplication.class, args);
    }
}
