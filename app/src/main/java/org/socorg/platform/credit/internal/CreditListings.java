package org.socorg.platform.credit.internal;

import java.util.List;
import org.socorg.platform.credit.CreditList;
import org.socorg.platform.credit.CreditListing;
import org.socorg.platform.credit.CreditStanding;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CreditListings implements CreditStanding {

    private final CreditListingMapper mapper;

    CreditListings(CreditListingMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<CreditListing> listingsInForce(String creditCode) {
        return mapper.findByCreditCode(creditCode, true);
    }

    @Override
    public List<CreditListing> history(String creditCode) {
        return mapper.findByCreditCode(creditCode, false);
    }

    @Override
    public List<CreditListing> inForce(CreditList list, String divisionPrefix, int limit, int offset) {
        return mapper.findInForce(list, divisionPrefix, limit, offset);
    }
}
