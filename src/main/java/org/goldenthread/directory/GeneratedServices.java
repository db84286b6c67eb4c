package org.goldenthread.directory;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Services made up in bulk, for {@code bench/} and for the tests that search thousands of them:
 * names, summaries and descriptions from a few pools of words, each with one or two needs, one of a
 * handful of areas of the demo authority, English and one other language, some checked long ago,
 * spread by a hash of their number so that needs, areas and languages mix as in life. One
 * statement, whatever the number.
 */
@Component
public class GeneratedServices {

  /** Every generated service's name starts with this, so that they can be told from the others. */
  public static final String PREFIX = "Generated ";

  private final JdbcClient sql;
  private final Clock clock;

  GeneratedServices(JdbcClient sql, Clock clock) {
    this.sql = sql;
    this.clock = clock;
  }

  /** Adds this many services to the directory, serving the authority of this code. */
  @Transactional
  public void add(int count, String authorityCode) {
    LocalDate today = LocalDate.now(clock);
    sql.sql(
            """
            insert into directory_service (id, name, summary, description, kind, needs, areas,
                                           languages, phone, email, free, independent,
                                           last_checked_on, created_at, updated_at)
            select gen_random_uuid(),
                   ? || (array['Riverside','Hillview','Meadow','Oakfield','Harbour','Northgate',
                               'Brookside','Elmwood','Westfield','Kingsway'])[1 + n % 10]
                     || ' ' || (array['family support','parent group','advice line','drop-in',
                               'play and learn club','training hub','youth club','advice service',
                               'carers network','coffee morning','wellbeing service'])[1 + n % 11]
                     || ' ' || n,
                   (array['Friendly help for families in the area.',
                          'Practical advice on school, health and care.',
                          'A place to meet other parents and carers.',
                          'Courses for parents on understanding their child.',
                          'Someone to talk to when things feel hard.',
                          'Support with forms, meetings and letters.'])[1 + n % 6],
                   (array['We listen first and help you find the next step.',
                          'Sessions run in term time, with a creche for younger children.',
                          'Our volunteers have children with additional needs themselves.',
                          'We help with reading and writing difficulties at home and at school.',
                          'We support children who struggle with noise, change and routines.',
                          'We help with hearing loss, signing and hearing aids.',
                          'Sessions on speech, language and confidence in talking.',
                          'Wheelchair accessible rooms and accessible transport help.'])[1 + n % 8],
                   (array['INFORMATION_ADVICE_SUPPORT','INDEPENDENT_LEGAL_ADVICE','HELPLINE',
                          'PARENT_CARER_FORUM','SUPPORT_GROUP','TRAINING','OTHER'])[1 + n % 7],
                   case when h.b % 13 = 0 then '{}'::text[]
                        else array[(array['SPLD','MLD','SLD','PMLD','SEMH','SLCN','HI','VI','MSI',
                                          'PD','ASD','OTH'])[1 + h.a % 12]]
                             || case when h.b % 5 = 0 then array['SEMH'] else '{}'::text[] end
                   end,
                   case when h.c % 4 = 0 then array[?::text]
                        else array['NS' || (1 + (h.c / 4) % 9)] end,
                   array['ENG'] || case when h.d % 3 = 0 then '{}'::text[]
                        else array[(array['POL','URD','PNJ','BNG','ARA','SOM','RMN','LIT','TUR',
                                          'GUJ','CHI','BSL','POR','SPA','FRN'])[1 + (h.d / 3) % 15]]
                        end,
                   '0113 496 0' || lpad((n % 1000)::text, 3, '0'),
                   'service' || n || '@example.org',
                   n % 2 = 0, n % 3 <> 0,
                   ?::date - (n % 500),
                   now(), now()
            from generate_series(1, ?) n,
                 -- four numbers from 0 to 2^31 that do not follow each other, one per choice
                 lateral (select hashint4(n)::bigint + 2147483648 as a,
                                 hashint4(n + 1000003)::bigint + 2147483648 as b,
                                 hashint4(n + 2000003)::bigint + 2147483648 as c,
                                 hashint4(n + 3000017)::bigint + 2147483648 as d) h
            """)
        .params(PREFIX, authorityCode, today, count)
        .update();
  }
}
