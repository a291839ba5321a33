(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-8"]={"p":"IBJWYhNShPheFhMaGRhThJhF"};
