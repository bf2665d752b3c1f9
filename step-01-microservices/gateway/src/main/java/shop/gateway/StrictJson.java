package shop.gateway;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * A customer id of 12 or true is a mistake to report, not the text "12" to look up. (A quantity of "3" or 2.5, and a
 * field given twice, are refused by the {@code spring.jackson.*} properties.) Only the gateway reads JSON a customer
 * wrote, so only the gateway needs this: the services behind it read what the shop's own clients wrote from records,
 * and refuse a number given as text or a field given twice by the same properties, in case a client gets it wrong.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer textIsNeverANumberOrABoolean() {
        return builder -> builder.withCoercionConfig(LogicalType.Textual, text -> text
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
