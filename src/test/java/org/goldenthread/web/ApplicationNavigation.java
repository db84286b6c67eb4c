package org.goldenthread.web;

import org.goldenthread.GoldenThreadApplication;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;

/**
 * Every {@link NavigationContributor} of the application, found as the application finds them (by
 * scanning its packages, conditions and all), for the tests of the navigation in the layout. A web
 * slice leaves them out, being plain components; stand-ins marked {@link TestComponent} stay out.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(
    basePackageClasses = GoldenThreadApplication.class,
    useDefaultFilters = false,
    includeFilters =
        @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = NavigationContributor.class),
    excludeFilters = @Filter(TestComponent.class))
class ApplicationNavigation {}
