// qushi jshell startup: the imports every notebook shares.
import qushi.*;
import qushi.analytics.core.*;
import qushi.analytics.corpus.*;
import qushi.analytics.prepare.*;
import qushi.analytics.keywords.*;
import qushi.analytics.compare.*;
import qushi.analytics.context.*;
import qushi.analytics.topics.*;
import java.nio.file.*;
import tech.tablesaw.api.*;
