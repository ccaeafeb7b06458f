package dev.flopex.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flopex.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void test_plus_sameCurrency() {
    assertThat(Money.usd(1.5).plus(Money.usd(2))).isEqualTo(Money.usd(3.5));
  }

  @Test
  void test_plus_mixedCurrenciesRefused() {
    Money eur = Money.of(Currency.getInstance("EUR"), 1);
    assertThatThrownBy(() -> Money.usd(1).plus(eur))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "currency must equal USD (currency mismatch; flopex does not convert) but was EUR");
  }

  @Test
  void test_of_rejectsNaN() {
    assertThatThrownBy(() -> Money.usd(Double.NaN))
        .hasMessage("amount must be finite but was NaN USD");
  }

  @Test
  void test_times_overflowRefused() {
    assertThatThrownBy(() -> Money.usd(1e308).times(10))
        .hasMessage("amount must be finite but was Infinity USD");
  }

  @Test
  void test_parse_andToString() {
    assertThat(Money.parse("USD 25000")).isEqualTo(Money.usd(25000));
    assertThat(Money.usd(1234.565)).hasToString("USD 1234.56");
    assertThat(Money.usd(-0.0)).isEqualTo(Money.usd(0));
    assertThat(Money.usd(2.5).rounded()).isEqualTo(new BigDecimal("2.50"));
  }

  @Test
  void test_parse_badCurrency() {
    assertThatThrownBy(() -> Money.parse("XYZQ 3"))
        .hasMessage("currency must be an ISO 4217 code but was 'XYZQ'");
  }
}
